using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Messaging.Connector;

/// <summary>Sends a turn's activities through the Bot Connector: replies thread with <c>replyToId</c>, the rest go to the conversation.</summary>
public sealed class ConnectorActivitySender(ConnectorClient client) : IActivitySender
{
    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        // Like the SDK: trace activities are only for the Emulator; other channels would show or reject them.
        if (activity.Type == ActivityTypes.Trace && activity.ChannelId != ChannelIds.Emulator)
        {
            return Task.FromResult(new ResourceResponse(null));
        }

        return string.IsNullOrEmpty(activity.ReplyToId)
            ? client.SendToConversationAsync(activity, cancellationToken)
            : client.ReplyToActivityAsync(activity, cancellationToken);
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken) =>
        client.UpdateActivityAsync(activity, cancellationToken);

    public Task DeleteAsync(Activity reference, string activityId, CancellationToken cancellationToken) =>
        client.DeleteActivityAsync(
            reference.ServiceUrl ?? throw new ArgumentException("The activity has no serviceUrl.", nameof(reference)),
            reference.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(reference)),
            activityId,
            cancellationToken);
}
