using System.Collections.Frozen;

namespace TrustBot.Dialogs.Safety.Rules;

/// <summary>Everything the detector knows about one language, in one place.</summary>
internal sealed class LanguageRules
{
    public required string Language { get; init; }

    /// <summary>Frequent words that identify the language in Latin script.</summary>
    public FrozenSet<string> Stopwords { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Idioms and harmless uses blanked out before any rule runs ("dying to see you", "kill the process").</summary>
    public IReadOnlyList<RulePattern> Vetoes { get; init; } = [];

    public IReadOnlyList<CrisisRule> Rules { get; init; } = [];

    public FrozenSet<string> Negators { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Words after a negator that keep the statement positive ("can't stop", "not sure", "no one").</summary>
    public FrozenSet<string> NegationExempt { get; init; } = FrozenSet<string>.Empty;

    public FrozenSet<string> FirstPersonSubjects { get; init; } = FrozenSet<string>.Empty;

    public FrozenSet<string> ThirdPersonSubjects { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Words opening a condition ("if", "si"): a negator inside the condition does not negate what follows it.</summary>
    public FrozenSet<string> ConditionOpeners { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Words that end a clause for the negation window ("but", "pero").</summary>
    public FrozenSet<string> ClauseBreakers { get; init; } = FrozenSet<string>.Empty;

    public RulePattern? PastMarkers { get; init; }

    public RulePattern? RecentMarkers { get; init; }

    public RulePattern? MediaMarkers { get; init; }

    /// <summary>Whether English media words also count (true where people mix in English: "the movie", "mi essay"); false for Vietnamese, where "song" means "to live".</summary>
    public bool SharesEnglishMedia { get; init; } = true;

    /// <summary>Ordinary distress: no crisis, but it makes a following means or method message escalate.</summary>
    public RulePattern? DistressCues { get; init; }

    /// <summary>Recovery now ("much better with therapy"): an old episode stays history even when today is mentioned.</summary>
    public RulePattern? RecoveryMarkers { get; init; }

    /// <summary>Words that move a sentence from an old episode to the present ("now", "again"): a past marker before them does not cover what follows.</summary>
    public RulePattern? ShiftMarkers { get; init; }

    /// <summary>Concept words for <see cref="Concepts.ConceptScreen"/>; null where the language has none yet.</summary>
    public Concepts.ConceptLexicon? Concepts { get; init; }

    /// <summary>Answers meaning "yes" to the clarifying question.</summary>
    public RulePattern? Affirmations { get; init; }

    /// <summary>Every pattern of the language, its concept lexicon's included.</summary>
    public IEnumerable<RulePattern> AllPatterns()
    {
        RulePattern?[] markers = [PastMarkers, RecentMarkers, MediaMarkers, DistressCues, RecoveryMarkers, ShiftMarkers, Affirmations];
        return Vetoes.Concat(Rules.SelectMany(r => r.Parts)).Concat(markers.OfType<RulePattern>()).Concat(Concepts?.AllPatterns() ?? []);
    }
}
