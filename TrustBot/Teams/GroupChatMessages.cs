using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Safety.CrisisLines;

namespace TrustBot.Teams;

/// <summary>What the bot says where others read along: nothing about the person, only the way to a private chat.</summary>
public static class GroupChatMessages
{
    public static string Invitation(string personalChatLink) =>
        "Hi, I'm TrustBot. Check-ins and anything about you stay in a private chat with me, not here where others can read along. "
        + $"[Open a private chat with me]({personalChatLink}) to continue.";

    public const string CrisisSentPrivately =
        "I've sent you a private message with people you can talk to right now. You don't have to go through this alone.";

    public static string CrisisInGroup(CountryCrisisLines lines, string personalChatLink) =>
        EscalationMessages.Resources(lines) + $" You can also [talk to me in a private chat]({personalChatLink}).";
}
