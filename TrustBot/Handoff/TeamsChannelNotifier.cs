using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TrustBot.Dialogs.Handoff;
using TrustBot.Dialogs.Protocol;
using TrustBot.Messaging.Connector;

namespace TrustBot.Handoff;

/// <summary>
/// Posts "a new request is waiting" to the configured Teams channel through the Bot Connector (with the
/// bot's bearer token). Only the urgency is said; a failed post is logged and the person's turn goes on.
/// </summary>
public sealed partial class TeamsChannelNotifier(ConnectorClient connector, IOptions<TeamsNotificationOptions> options, ILogger<TeamsChannelNotifier> logger) : IHandoffNotifier
{
    public static string Text(HandoffUrgency urgency) =>
        $"A new request to talk to a person is waiting in the TrustBot staff console (urgency: {urgency.ToString().ToLowerInvariant()}). Sign in to the console to see it.";

    public async Task NotifyNewRequestAsync(HandoffRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return;
        }

        var notice = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = ChannelIds.MsTeams,
            ServiceUrl = settings.ServiceUrl,
            Conversation = new ConversationAccount { Id = settings.ChannelConversationId, IsGroup = true, ConversationType = "channel", TenantId = settings.TenantId },
            Text = Text(request.Urgency),
            ChannelData = settings.TenantId is null ? null : new JsonObject { ["tenant"] = new JsonObject { ["id"] = settings.TenantId } },
        };
        try
        {
            await connector.SendToConversationAsync(notice, cancellationToken);
        }
        catch (ConnectorException exception)
        {
            LogFailed(logger, (int)exception.StatusCode);
        }
        catch (HttpRequestException exception)
        {
            LogUnreachable(logger, exception.HttpRequestError.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handoff: the Teams channel notice failed with {Status}.")]
    private static partial void LogFailed(ILogger logger, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handoff: the Teams channel for notices could not be reached ({Error}).")]
    private static partial void LogUnreachable(ILogger logger, string error);
}
