using static TrustBot.Dialogs.Safety.Rules.RuleBuilder;

namespace TrustBot.Dialogs.Safety.Concepts;

/// <summary>Builds a concept lexicon from a language's pattern strings (core concepts; English has the full set).</summary>
internal static class ForeignConcepts
{
    public static ConceptLexicon Build(string language, string negators, string firstPerson, string thirdPerson, string clauseBreaks, int negationReach, params (Concept Concept, string Pattern)[] patterns) => new()
    {
        Language = language,
        Negators = Compile(negators),
        FirstPerson = Compile(firstPerson),
        ThirdPerson = Compile(thirdPerson),
        ClauseBreaks = Compile(clauseBreaks),
        NegationReach = negationReach,
        DropsSubjects = language is not ("fr" or "de"),
        Patterns = [.. patterns.Select(p => (p.Concept, Compile(p.Pattern)))],
    };
}
