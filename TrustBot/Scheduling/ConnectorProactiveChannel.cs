using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Scheduling;
using TrustBot.Messaging;
using TrustBot.Messaging.Connector;

namespace TrustBot.Scheduling;

/// <summary>
/// Teams and other Bot Connector channels: continues the person's stored one-to-one conversation, or
/// creates it again with the tenant id when the channel says it is gone. Only serviceUrls that arrived on
/// authenticated requests are used, since the bot's token goes with the call.
/// </summary>
public sealed partial class ConnectorProactiveChannel(
    ConversationReferenceStore references,
    ConnectorClient connector,
    OutboundThrottle throttle,
    IOptions<SchedulingOptions> options,
    ILogger<ConnectorProactiveChannel> logger) : IProactiveChannel, IDisposable
{
    // Taken after the throttle's wait, so a throttled tenant never holds a slot another tenant could use.
    private readonly SemaphoreSlim _sends = new(options.Value.MaxConcurrentSends, options.Value.MaxConcurrentSends);

    public void Dispose() => _sends.Dispose();

    public async Task<DeliveryResult?> TryDeliverAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        var stored = await references.GetAsync(entry.ChannelId, entry.UserId, cancellationToken);
        if (stored is null)
        {
            // Removed on uninstall (installationUpdate remove / the bot left): nobody to send to.
            return new DeliveryResult(DeliveryStatus.Unreachable, "no-conversation-reference");
        }

        if (!stored.ServiceUrlValidated)
        {
            return new DeliveryResult(DeliveryStatus.Refused, "service-url-not-validated");
        }

        var reference = stored.Reference;
        var activity = CheckInPromptFactory.Create(entry.Kind, reference.ChannelId, reference.Conversation?.ConversationType);
        activity.ApplyConversationReference(reference);
        activity.ReplyToId = null;
        var tenantId = reference.Conversation?.TenantId ?? string.Empty;
        await throttle.WaitAsync(tenantId, reference.Conversation?.Id ?? entry.UserId, cancellationToken);
        await _sends.WaitAsync(cancellationToken);
        try
        {
            await connector.SendToConversationAsync(activity, cancellationToken);
            return DeliveryResult.Delivered;
        }
        catch (ConnectorException ex) when (ex.StatusCode == HttpStatusCode.NotFound && !string.IsNullOrEmpty(tenantId) && reference.User?.Id is not null)
        {
            LogRecreating(logger, ex.ErrorCode);
            return await CreateConversationAsync(reference, activity, tenantId, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            return Classify(ex);
        }
        catch (HttpRequestException ex)
        {
            return new DeliveryResult(DeliveryStatus.RetryLater, "network:" + ex.HttpRequestError);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The HTTP timeout. The prompt may have arrived; a second copy is the lesser harm than none.
            return new DeliveryResult(DeliveryStatus.RetryLater, "timeout");
        }
        finally
        {
            _sends.Release();
        }
    }

    private async Task<DeliveryResult> CreateConversationAsync(ConversationReference reference, Activity activity, string tenantId, CancellationToken cancellationToken)
    {
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = reference.Bot,
            Members = [new ChannelAccount { Id = reference.User!.Id }],
            TenantId = tenantId,
            ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
            Activity = activity,
        };
        try
        {
            await connector.CreateConversationAsync(reference.ServiceUrl!, parameters, cancellationToken);
            return DeliveryResult.Delivered;
        }
        catch (ConnectorException ex)
        {
            return Classify(ex);
        }
        catch (HttpRequestException ex)
        {
            return new DeliveryResult(DeliveryStatus.RetryLater, "network:" + ex.HttpRequestError);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DeliveryResult(DeliveryStatus.RetryLater, "timeout");
        }
    }

    /// <summary>403 (blocked, not in roster, uninstalled, disabled) and 404 end the schedule; 429, 412, 401 and 5xx are retried.</summary>
    private static DeliveryResult Classify(ConnectorException ex)
    {
        var status = (int)ex.StatusCode;
        var reason = status.ToString(System.Globalization.CultureInfo.InvariantCulture) + (ex.ErrorCode is null ? string.Empty : ":" + ex.ErrorCode);
        return status switch
        {
            403 or 404 => new DeliveryResult(DeliveryStatus.Unreachable, reason),
            401 or 408 or 412 or 429 or >= 500 => new DeliveryResult(DeliveryStatus.RetryLater, reason),
            _ => new DeliveryResult(DeliveryStatus.Refused, reason),
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The stored conversation is gone ({ErrorCode}); creating it again.")]
    private static partial void LogRecreating(ILogger logger, string? errorCode);
}
