using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Engine;

/// <summary>State of one person on one channel (profile, check-ins): key <c>{channelId}/users/{userId}</c>.</summary>
public sealed class UserState(IStorage storage) : BotState(storage, nameof(UserState))
{
    public override string? GetStorageKey(ITurnContext turnContext) => KeyFor(turnContext.Activity.ChannelId, turnContext.Activity.From?.Id);

    public static string? KeyFor(string? channelId, string? userId) =>
        string.IsNullOrEmpty(channelId) || string.IsNullOrEmpty(userId) ? null : $"{channelId}/users/{userId}";
}
