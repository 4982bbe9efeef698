using System.Collections.Frozen;
using TrustBot.Dialogs.Safety.Rules;

namespace TrustBot.Dialogs.Safety.Concepts;

/// <summary>One language's words for each concept, plus what scopes a clause (subjects, negators, clause breaks).</summary>
internal sealed class ConceptLexicon
{
    public required string Language { get; init; }

    /// <summary>Concept patterns, run on the sentence after the language's idiom vetoes.</summary>
    public required IReadOnlyList<(Concept Concept, RulePattern Pattern)> Patterns { get; init; }

    /// <summary>Negation words; a negator shortly before a hit cancels it (and the rest of its clause).</summary>
    public required RulePattern Negators { get; init; }

    /// <summary>Where a new clause starts: commas and words such as "but", "because", "and I".</summary>
    public required RulePattern ClauseBreaks { get; init; }

    /// <summary>First-person subjects: the writer owns the clause.</summary>
    public required RulePattern FirstPerson { get; init; }

    /// <summary>Third-person subjects: someone else owns the clause.</summary>
    public required RulePattern ThirdPerson { get; init; }

    /// <summary>Whether subjects are usually dropped, so a third person in a clause is more often an object.</summary>
    public bool DropsSubjects { get; init; }

    /// <summary>How many characters before a hit a negator still reaches (shorter for scripts without spaces).</summary>
    public int NegationReach { get; init; } = 22;

    /// <summary>
    /// An old episode told as over: a past marker and a recovery marker in one sentence ("two years ago I had
    /// those thoughts, now I'm much better with therapy"). The rule tables use it as well as the concept screen.
    /// </summary>
    public bool IsRecoveredHistory(string sentence)
    {
        var past = false;
        var recovery = false;
        foreach (var (concept, pattern) in Patterns)
        {
            if (concept is Concept.Past or Concept.Recovery && pattern.IsMatch(sentence))
            {
                past |= concept == Concept.Past;
                recovery |= concept == Concept.Recovery;
            }
        }

        return past && recovery;
    }

    /// <summary>Every pattern of the lexicon.</summary>
    public IEnumerable<RulePattern> AllPatterns() => Patterns.Select(p => p.Pattern).Append(Negators).Append(ClauseBreaks).Append(FirstPerson).Append(ThirdPerson);

    /// <summary>Words after a negator that do not negate what follows ("no one", "can't stop", "nothing left").</summary>
    public FrozenSet<string> NegationExempt { get; init; } = FrozenSet<string>.Empty;
}
