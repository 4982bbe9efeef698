namespace TrustBot.Dialogs.Scheduling;

/// <summary>What the follow-up says (conversation.md section 5). A "not yet" is never shamed.</summary>
public static class FollowUpMessages
{
    public const string DidIt = "I did it";
    public const string Partly = "Partly";
    public const string NotYet = "Not yet";
    public const string ChangedMind = "I changed my mind";
    public const string SkipButton = "Skip";
    public const string NotFound = "I couldn't find a planned step to follow up on. Say \"check in\" whenever you'd like to plan one.";
    public const string Noticed = "What did you notice? Anything about how it felt, or how they responded. (Optional)";
    public const string TrustRetry = "A whole number from 0 (none) to 10 (complete trust), or \"skip\".";

    public const string CelebrateDidIt =
        "You did what you planned. That's a real step, and it counts, whatever happened next. Well done.";

    public const string CelebratePartly =
        "Part of it is still a step forward. Next time, an even smaller piece might be easier: just the first sentence of it, or five minutes of it.";

    public const string NotYetReply =
        "That's okay. \"Not yet\" isn't \"never\", and trust is rebuilt slowly. Let's make the next step smaller: just the first sentence of it, or five minutes of it, when you feel ready.";

    public const string ChangedMindReply =
        "That's fine. You know this relationship best, and changing your mind is part of working out what's right for you.";

    public static string Question(string action) => $"Last time you planned to {Lower(action)}. How did it go?";

    public static string Trust(string? who) =>
        $"How much do you trust {(string.IsNullOrWhiteSpace(who) ? "them" : Lower(who))} right now, from 0 to 10?";

    private static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
