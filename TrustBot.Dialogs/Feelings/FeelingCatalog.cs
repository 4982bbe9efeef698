using System.Collections.Frozen;
using System.Collections.ObjectModel;

namespace TrustBot.Dialogs.Feelings;

/// <summary>
/// The feelings wheel: eight core feelings as first-level buttons, each opening six to eight words
/// (Willcox-based, plus the trust words from research.md 3.1). Ids are stored in check-ins.
/// </summary>
public static class FeelingCatalog
{
    /// <summary>Button value for "something else": the caller asks for the person's own word.</summary>
    public const string SomethingElseId = "something-else";

    /// <summary>Button text for <see cref="SomethingElseId"/>.</summary>
    public const string SomethingElseTitle = "Something else";

    /// <summary>The core feelings in button order.</summary>
    public static IReadOnlyList<CoreFeeling> Cores { get; } = BuildCores();

    /// <summary>Every feeling word, core words included, in wheel order.</summary>
    public static IReadOnlyList<FeelingWord> Words { get; } =
        new ReadOnlyCollection<FeelingWord>(Cores.SelectMany(c => c.Words).ToArray());

    private static readonly FrozenDictionary<string, FeelingWord> ById =
        Words.ToFrozenDictionary(w => w.Id, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, CoreFeeling> CoreById =
        Cores.ToFrozenDictionary(c => c.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds a word by id (case-insensitive); null when unknown.</summary>
    public static FeelingWord? FindWord(string? id) =>
        id is not null && ById.TryGetValue(id.Trim(), out var word) ? word : null;

    /// <summary>Finds a core by its button id ("scared") or core word; null when unknown.</summary>
    public static CoreFeeling? FindCore(string? id)
    {
        if (id is null)
        {
            return null;
        }

        if (CoreById.TryGetValue(id.Trim(), out var core))
        {
            return core;
        }

        // "anxious" is part of the scared button's title, so accept it as the core too.
        return string.Equals(id.Trim(), "anxious", StringComparison.OrdinalIgnoreCase) ? Get(FeelingCore.Scared) : null;
    }

    /// <summary>The core entry for an enum value.</summary>
    public static CoreFeeling Get(FeelingCore core) => Cores[(int)core];

    private static ReadOnlyCollection<CoreFeeling> BuildCores()
    {
        // Valence/arousal are hand-placed on the Mood Meter (-1..1); the GoEmotions label is the nearest one.
        var cores = new[]
        {
            Core(FeelingCore.Sad, "sad", "Sad",
                W("sad", "sad", -0.7, -0.4, "sadness"),
                W("tired", "tired", -0.4, -0.8, "sadness"),
                W("guilty", "guilty", -0.6, -0.1, "remorse"),
                W("ashamed", "ashamed", -0.7, -0.2, "embarrassment"),
                W("hopeless", "hopeless", -0.9, -0.6, "grief"),
                W("empty", "empty", -0.6, -0.7, "sadness"),
                W("numb", "numb", -0.4, -0.9, "neutral")),
            Core(FeelingCore.Scared, "scared", "Scared / anxious",
                W("scared", "scared", -0.7, 0.7, "fear"),
                W("anxious", "anxious", -0.6, 0.7, "nervousness"),
                W("insecure", "insecure", -0.6, 0.3, "nervousness"),
                W("rejected", "rejected", -0.8, 0.2, "sadness"),
                W("helpless", "helpless", -0.8, -0.1, "fear"),
                W("overwhelmed", "overwhelmed", -0.7, 0.8, "nervousness"),
                W("jealous", "jealous", -0.6, 0.6, "anger"),
                W("suspicious", "suspicious", -0.5, 0.5, "confusion"),
                W("guarded", "guarded", -0.3, 0.3, "nervousness"),
                W("confused", "confused", -0.4, 0.3, "confusion")),
            Core(FeelingCore.Angry, "angry", "Angry",
                W("angry", "angry", -0.7, 0.8, "anger"),
                W("frustrated", "frustrated", -0.6, 0.6, "annoyance"),
                W("irritated", "irritated", -0.5, 0.5, "annoyance"),
                W("resentful", "resentful", -0.6, 0.4, "disapproval"),
                W("bitter", "bitter", -0.6, 0.2, "disapproval"),
                W("furious", "furious", -0.9, 0.95, "anger")),
            Core(FeelingCore.Hurt, "hurt", "Hurt",
                W("hurt", "hurt", -0.7, 0.1, "sadness"),
                W("betrayed", "betrayed", -0.9, 0.4, "disappointment"),
                W("disappointed", "disappointed", -0.6, -0.2, "disappointment"),
                W("embarrassed", "embarrassed", -0.6, 0.4, "embarrassment"),
                W("let-down", "let down", -0.6, -0.3, "disappointment"),
                W("misunderstood", "misunderstood", -0.5, 0.1, "disappointment"),
                W("humiliated", "humiliated", -0.8, 0.5, "embarrassment")),
            Core(FeelingCore.Lonely, "lonely", "Lonely",
                W("lonely", "lonely", -0.7, -0.5, "sadness"),
                W("abandoned", "abandoned", -0.9, 0.1, "sadness"),
                W("left-out", "left out", -0.6, -0.1, "sadness"),
                W("isolated", "isolated", -0.7, -0.5, "sadness"),
                W("disconnected", "disconnected", -0.5, -0.5, "sadness"),
                W("unwanted", "unwanted", -0.8, -0.3, "sadness")),
            Core(FeelingCore.Calm, "calm", "Calm",
                W("calm", "calm", 0.6, -0.6, "relief"),
                W("safe", "safe", 0.7, -0.5, "relief"),
                W("relaxed", "relaxed", 0.6, -0.7, "relief"),
                W("reassured", "reassured", 0.6, -0.3, "relief"),
                W("peaceful", "peaceful", 0.7, -0.7, "relief"),
                W("relieved", "relieved", 0.6, -0.2, "relief")),
            Core(FeelingCore.Happy, "happy", "Happy",
                W("happy", "happy", 0.8, 0.5, "joy"),
                W("grateful", "grateful", 0.8, 0.2, "gratitude"),
                W("connected", "connected", 0.8, 0.2, "love"),
                W("loved", "loved", 0.9, 0.3, "love"),
                W("proud", "proud", 0.8, 0.5, "pride"),
                W("excited", "excited", 0.8, 0.8, "excitement")),
            Core(FeelingCore.Hopeful, "hopeful", "Hopeful",
                W("hopeful", "hopeful", 0.7, 0.3, "optimism"),
                W("optimistic", "optimistic", 0.7, 0.4, "optimism"),
                W("trusting", "trusting", 0.7, 0.1, "caring"),
                W("brave", "brave", 0.6, 0.6, "pride"),
                W("curious", "curious", 0.5, 0.5, "curiosity"),
                W("encouraged", "encouraged", 0.7, 0.4, "optimism")),
        };
        return new ReadOnlyCollection<CoreFeeling>(cores);
    }

    private static CoreFeeling Core(FeelingCore core, string id, string title, params Func<FeelingCore, FeelingWord>[] words) =>
        new(core, id, title, new ReadOnlyCollection<FeelingWord>(words.Select(w => w(core)).ToArray()));

    private static Func<FeelingCore, FeelingWord> W(string id, string title, double valence, double arousal, string goEmotion) =>
        core => new FeelingWord(id, title, core, valence, arousal, goEmotion);
}
