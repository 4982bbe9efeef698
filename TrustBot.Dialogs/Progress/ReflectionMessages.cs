namespace TrustBot.Dialogs.Progress;

/// <summary>The two-week reflection's words: short, optional, no right answers.</summary>
public static class ReflectionMessages
{
    public const string Offer =
        "It's been about two weeks. Would you like a one-minute reflection? Five quick ratings from 1 to 5, and you can skip any of them.";

    public const string YesButton = "Yes, let's reflect";
    public const string NotNowButton = "Not now";
    public const string SkipButton = "Skip";
    public const string NotNow = "That's fine. I'll ask again in a couple of weeks, and you can always type \"my progress\".";
    public const string Retry = "A number from 1 (not at all) to 5 (very much), or \"skip\".";
    public const string Thanks = "Thank you for taking a moment for this. You'll see these in \"my progress\" over time.";
    public const string AfterThis = "Let's finish this first. Type \"reflect\" afterwards for the five quick ratings.";

    public const string AllSkipped = "No problem, nothing saved this time. I'll ask again in a couple of weeks.";

    public static string Ask(string statement, int number) =>
        $"{number} of 5. \"{statement}\": how true is that for you now, from 1 (not at all) to 5 (very much)?";
}
