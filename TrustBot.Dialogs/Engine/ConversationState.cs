using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Engine;

/// <summary>State of one conversation (the dialog stack lives here): key <c>{channelId}/conversations/{conversationId}</c>.</summary>
public sealed class ConversationState(IStorage storage) : BotState(storage, nameof(ConversationState))
{
    public override string? GetStorageKey(ITurnContext turnContext) => KeyFor(turnContext.Activity.ChannelId, turnContext.Activity.Conversation?.Id);

    public static string? KeyFor(string? channelId, string? conversationId) =>
        string.IsNullOrEmpty(channelId) || string.IsNullOrEmpty(conversationId) ? null : $"{channelId}/conversations/{conversationId}";
}
