using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.DirectLine;

/// <summary>
/// Where the bot's activities for one Direct Line conversation go: appended to the transcript (with
/// a Direct Line id and a timestamp, from the bot) and pushed to the open socket. Typing is live-only.
/// </summary>
public sealed class DirectLineActivitySender : IActivitySender
{
    private readonly DirectLineConversations _conversations;
    private readonly string _conversationId;

    internal DirectLineActivitySender(DirectLineConversations conversations, string conversationId)
    {
        _conversations = conversations;
        _conversationId = conversationId;
    }

    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken) =>
        await _conversations.AppendFromBotAsync(_conversationId, activity, cancellationToken)
        ?? throw new DirectLineConversationNotFoundException(_conversationId);

    public async Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken) =>
        await _conversations.ReplaceFromBotAsync(_conversationId, activity, cancellationToken)
            ? new ResourceResponse(activity.Id)
            : throw new DirectLineConversationNotFoundException(_conversationId);

    public Task DeleteAsync(Activity reference, string activityId, CancellationToken cancellationToken) =>
        _conversations.DeleteActivityAsync(_conversationId, activityId, cancellationToken);
}
