using TrustBot.Dialogs.Handoff;
using TrustBot.Dialogs.Turns;
using TrustBot.DirectLine;
using TrustBot.Messaging;
using TrustBot.Messaging.Authentication;
using TrustBot.Messaging.Connector;

namespace TrustBot.Handoff;

/// <summary>
/// The person's own channel for therapist messages, the end and timeouts: the self-hosted Direct Line
/// (website) or the Bot Connector (Teams and other Azure channels, with the bot's bearer token, only to a
/// serviceUrl that arrived on a validated request).
/// </summary>
public sealed partial class HandoffProactiveSender(
    DirectLineConversations directLine,
    ConversationReferenceStore references,
    ConnectorClient connector,
    BotTokenProvider tokens,
    BotAdapter adapter,
    ILogger<HandoffProactiveSender> logger) : IHandoffProactiveSender
{
    public async Task<bool> ContinueAsync(HandoffRequest request, Func<ITurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken)
    {
        if (DirectLineConversations.Owns(request.Reference))
        {
            return request.Reference.Conversation?.Id is { } conversationId
                && await directLine.ContinueConversationAsync(conversationId, callback, cancellationToken);
        }

        var stored = await references.GetAsync(request.ChannelId, request.UserId, cancellationToken);
        if (stored is null || (!stored.ServiceUrlValidated && await tokens.GetTokenAsync(forceRefresh: false, cancellationToken) is not null))
        {
            LogUnreachable(logger, request.ChannelId);
            return false;
        }

        try
        {
            await adapter.ContinueConversationAsync(stored.Reference, callback, new ConnectorActivitySender(connector), cancellationToken);
            return true;
        }
        catch (ConnectorException exception)
        {
            LogSendFailed(logger, request.ChannelId, (int)exception.StatusCode);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handoff: no usable conversation reference on channel {ChannelId}.")]
    private static partial void LogUnreachable(ILogger logger, string channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handoff: proactive send on channel {ChannelId} failed with {Status}.")]
    private static partial void LogSendFailed(ILogger logger, string channelId, int status);
}
