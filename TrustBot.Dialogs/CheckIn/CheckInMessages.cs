using System.Globalization;

namespace TrustBot.Dialogs.CheckIn;

/// <summary>Everything the check-in says, in one place (tests and future translations read it here).</summary>
public static class CheckInMessages
{
    public const string SkipButton = "Skip";
    public const string JustThatPrefix = "Just ";
    public const string OwnIdeaButton = "My own idea";
    public const string OwnIdeaValue = "own-idea";

    public const string AskFeeling = "How are you feeling right now? Pick the closest one, or tell me in your own words.";
    public const string AskFeelingRetry = "Pick the feeling that's closest, or type a word of your own.";
    public const string AskOwnFeelingWord = "What word would you use for it? Anything is fine.";
    public const string AskIntensityRetry = "I didn't catch a number there. Pick one from 0 to 10, or type \"skip\".";
    public const string IntensitySkipped = "No problem, let's leave the number out for now.";
    public const string AskWho = "Did something happen with someone? Who was it about?";
    public const string AskWhat = "What happened? Pick the closest, or tell me in your own words.";
    public const string AskThought = "When that happened, what did your mind tell you it means? For example: \"They're losing interest in me.\"";
    public const string AskEvidenceFor = "What supports that thought? Facts you know, not guesses.";
    public const string AskEvidenceAgainst = "And what doesn't quite fit it? Anything that points another way counts.";
    public const string AskBalanced = "Is there a kinder or more balanced way to see it?";
    public const string AskOwnIdea = "What small step would you like to take?";
    public const string AskWhen = "When will you try it?";
    public const string AskReRate = "Last question: how strong is that feeling now, from 0 to 10?";
    public const string SavedNote = "I've saved this check-in.";
    public const string NotSavedNote = "As you asked, I haven't saved this check-in.";
    public const string Goodbye = "Type \"check in\" whenever you'd like another one.";

    public static string AskSecondLevel(string coreTitle) =>
        $"Which word fits \"{coreTitle.ToLowerInvariant()}\" best?";

    public static string AskIntensity(string? feeling) => feeling is null
        ? "How strong is what you're feeling, from 0 (barely there) to 10 (as strong as it gets)?"
        : $"How strong is the feeling of being {feeling}, from 0 (barely there) to 10 (as strong as it gets)?";

    /// <summary>The ACT defusion frame around the person's own thought.</summary>
    public static string Defusion(string thought) =>
        $"Try saying it like this: \"I'm having the thought that {AsClause(thought)}.\" Notice whether it feels any different when you hold it as a thought rather than a fact.";

    public const string OfferActionsLead = "Here are three small steps that fit what you described:";

    public static string OfferActions(IReadOnlyList<(string Title, string Script)> actions)
    {
        var lines = actions.Select((a, i) => $"{i + 1}. {a.Title}: \"{a.Script}\"");
        return OfferActionsLead + "\n\n" + string.Join("\n", lines) + "\n\nWhich one would you like to try?";
    }

    public static string Change(int? before, int? after)
    {
        if (before is null || after is null)
        {
            return after is null ? "Thanks for sticking with it." : $"You're at {after} out of 10 now.";
        }

        return (after - before) switch
        {
            < 0 => $"It went from {before} to {after}.",
            0 => $"It's still at {after}. That's okay: naming a feeling doesn't always shrink it.",
            _ => $"It went up, from {before} to {after}. Looking closely can stir things up for a while. Be gentle with yourself today.",
        };
    }

    /// <summary>
    /// "I'm having the thought that ..." needs a clause: drop end punctuation and lower-case the first
    /// letter unless it is "I" (or an "I'm" contraction).
    /// </summary>
    public static string AsClause(string thought)
    {
        var clause = thought.Trim().TrimEnd('.', '!', '?', ' ', '…');
        if (clause.Length == 0)
        {
            return clause;
        }

        var keepCapital = clause.StartsWith("I ", StringComparison.Ordinal) || clause.StartsWith("I'", StringComparison.Ordinal) || clause == "I";
        return keepCapital ? clause : char.ToLower(clause[0], CultureInfo.InvariantCulture) + clause[1..];
    }
}
