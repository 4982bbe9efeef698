namespace TrustBot.Dialogs.Engine;

/// <summary>Recognises "skip this step" in the ways people say it.</summary>
public static class SkipRecognizer
{
    private static readonly HashSet<string> SkipPhrases = new(StringComparer.Ordinal)
    {
        "skip", "skip it", "skip this", "skip this one", "skip this step", "skip that", "skip question",
        "pass", "next", "next one", "next question", "move on", "lets move on", "rather not say",
        "id rather not say", "prefer not to say", "no comment", "saltar", "passer", "uberspringen", "pular",
    };

    public static bool IsSkip(string? text) => SkipPhrases.Contains(InputNormalizer.Normalize(text));
}
