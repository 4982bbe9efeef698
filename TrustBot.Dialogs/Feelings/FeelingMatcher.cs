using System.Collections.Frozen;

namespace TrustBot.Dialogs.Feelings;

/// <summary>
/// Matches what a person types ("kind of jealous and tired", "im so anxous", "not angry, just hurt")
/// to catalogue words. Handles case, punctuation, inflections, everyday synonyms, small typos and
/// simple negation. Pure and thread-safe.
/// </summary>
public static class FeelingMatcher
{
    /// <summary>Longest kept "own word" text; longer answers are clipped so summaries stay short.</summary>
    public const int MaxOwnWordsLength = 80;

    // Forms that map to a catalogue id. Multi-word keys are matched before single words.
    private static readonly FrozenDictionary<string, string> Lexicon = BuildLexicon();

    // Words that only mean a feeling after "feel/feeling/so/bit..." ("calm down", "down the road" are not sad).
    private static readonly FrozenDictionary<string, string> ContextualWords = new Dictionary<string, string>
    {
        ["down"] = "sad",
        ["blue"] = "sad",
        ["low"] = "sad",
        ["flat"] = "numb",
        ["cold"] = "guarded",
        ["good"] = "happy",
        ["great"] = "happy",
        ["ok"] = "calm",
        ["okay"] = "calm",
        ["fine"] = "calm",
        ["bad"] = "sad",
    }.ToFrozenDictionary();

    private static readonly FrozenSet<string> ContextCues = new[]
    {
        "feel", "feeling", "feels", "felt", "so", "very", "really", "bit", "little", "pretty", "kinda", "quite",
        "im", "am", "was", "been", "too", "super", "abit", "kind", "sort", "of", "just", "mostly", "bit", "rather",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> Negators = new[]
    {
        "not", "no", "never", "nt", "isnt", "arent", "wasnt", "werent", "dont", "didnt", "doesnt", "aint",
        "hardly", "without", "nor", "neither", "less", "cant", "couldnt", "wont", "havent", "hasnt",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> ClauseBreakWords = new[] { "but", "though", "although", "however", "yet", "just", "mostly", "more", "stop", "help", "anymore" }.ToFrozenSet();

    // Real words one edit away from a feeling word; never typo-corrected into one.
    private static readonly FrozenSet<string> NotTypos = new[]
    {
        "shared", "stared", "scored", "scarred", "snared", "spared", "danger", "hanger", "ranger", "manger",
        "lovely", "better", "bitten", "graceful", "hopefully", "context", "contest", "exited", "trusted", "rusting",
        "lover", "cared", "tried", "worded", "angle", "angel", "rejects", "hurry",
    }.ToFrozenSet();

    private static readonly FrozenDictionary<string, string> FuzzyTargets =
        Lexicon.Where(kv => !kv.Key.Contains(' ', StringComparison.Ordinal) && kv.Key.Length >= 6)
            .ToFrozenDictionary(kv => kv.Key, kv => kv.Value);

    private static readonly int LongestPhrase = Lexicon.Keys.Max(k => k.Split(' ').Length);

    /// <summary>Matches free text to feeling words. Never throws; empty text gives no match and no own words.</summary>
    public static FeelingMatch Match(string? text)
    {
        var tokens = TextNormalizer.Tokenize(text);
        var words = new List<FeelingWord>();
        var negated = new List<FeelingWord>();

        var i = 0;
        while (i < tokens.Count)
        {
            var (id, length) = FindAt(tokens, i);
            if (id is null)
            {
                i++;
                continue;
            }

            var word = FeelingCatalog.FindWord(id)!;
            var target = IsNegated(tokens, i) ? negated : words;
            if (!target.Contains(word))
            {
                target.Add(word);
            }

            i += length;
        }

        // A word both ruled out and claimed ("not angry... ok I am angry") counts as claimed.
        negated.RemoveAll(words.Contains);

        string? own = null;
        if (words.Count == 0 && !string.IsNullOrWhiteSpace(text))
        {
            var trimmed = text.Trim();
            own = trimmed.Length <= MaxOwnWordsLength ? trimmed : trimmed[..MaxOwnWordsLength].TrimEnd() + "…";
        }

        return new FeelingMatch(words.AsReadOnly(), negated.AsReadOnly(), own);
    }

    private static (string? Id, int Length) FindAt(IReadOnlyList<string> tokens, int start)
    {
        if (tokens[start] == TextNormalizer.ClauseBreak)
        {
            return (null, 1);
        }

        for (var length = Math.Min(LongestPhrase, tokens.Count - start); length >= 2; length--)
        {
            var phrase = string.Join(' ', tokens.Skip(start).Take(length));
            if (Lexicon.TryGetValue(phrase, out var phraseId))
            {
                return (phraseId, length);
            }
        }

        var token = tokens[start];
        if (Lexicon.TryGetValue(token, out var id))
        {
            return (id, 1);
        }

        if (ContextualWords.TryGetValue(token, out var contextual)
            && ((start > 0 && ContextCues.Contains(tokens[start - 1])) || IsWholeAnswer(tokens, start)))
        {
            return (contextual, 1);
        }

        return (Fuzzy(token), 1);
    }

    private static bool IsWholeAnswer(IReadOnlyList<string> tokens, int index) =>
        (index == 0 || tokens[index - 1] == TextNormalizer.ClauseBreak || Negators.Contains(tokens[index - 1]))
        && (index == tokens.Count - 1 || tokens[index + 1] == TextNormalizer.ClauseBreak);

    private static string? Fuzzy(string token)
    {
        if (token.Length < 6 || NotTypos.Contains(token) || token.Any(char.IsDigit))
        {
            return null;
        }

        var cap = token.Length >= 10 ? 2 : 1;
        string? best = null;
        var bestDistance = cap + 1;
        foreach (var (key, id) in FuzzyTargets)
        {
            var distance = TextNormalizer.EditDistance(token, key, cap);
            if (distance < bestDistance || (distance == bestDistance && best is not null && string.CompareOrdinal(id, best) < 0))
            {
                best = id;
                bestDistance = distance;
            }
        }

        return bestDistance <= cap ? best : null;
    }

    private static bool IsNegated(IReadOnlyList<string> tokens, int index)
    {
        // Look back up to four tokens within the same clause: "not really angry", "I don't feel safe".
        for (var j = index - 1; j >= 0 && j >= index - 4; j--)
        {
            var token = tokens[j];
            if (token == TextNormalizer.ClauseBreak || ClauseBreakWords.Contains(token) || token == "and")
            {
                return false;
            }

            if (Negators.Contains(token))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenDictionary<string, string> BuildLexicon()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in FeelingCatalog.Words)
        {
            map[word.Title] = word.Id;
        }

        void Add(string id, params string[] forms)
        {
            foreach (var form in forms)
            {
                map[form] = id;
            }
        }

        Add("sad", "sadness", "sadder", "unhappy", "miserable", "depressed", "gutted", "crying", "cried", "teary", "tearful", "upset", "down in the dumps", "feeling low", "feel low", "bummed", "sad ish", "saddd", "sadd");
        Add("tired", "exhausted", "drained", "worn out", "weary", "sleepy", "burnt out", "burned out", "fatigued", "tierd");
        Add("guilty", "guilt", "guilt tripped", "remorseful", "regret", "regretful");
        Add("ashamed", "shame", "shameful");
        Add("hopeless", "hopelessness", "pointless", "despair", "despairing");
        Add("empty", "emptiness", "hollow");
        Add("numb", "numbness", "meh", "blah");
        Add("scared", "scare", "afraid", "fear", "fearful", "frightened", "terrified", "freaked out", "freaking out", "petrified", "spooked", "scard");
        Add("anxious", "anxiety", "anxiously", "nervous", "nervy", "worried", "worry", "worrying", "uneasy", "on edge", "tense", "panicky", "panicked", "panic", "panicking", "jittery", "restless", "uneasy", "apprehensive", "anxios", "anxius", "stressed", "stress", "stressy", "overthinking", "overthink", "spiralling", "spiraling", "anxiousness", "nervousness");
        Add("insecure", "insecurity", "insecurities", "unsure of myself", "not good enough", "unworthy", "inadequate", "worthless", "not enough");
        Add("rejected", "rejection", "reject", "unloved", "dumped");
        Add("helpless", "helplessness", "powerless", "stuck", "trapped");
        Add("overwhelmed", "overwhelming", "overwhelm", "stressed out", "swamped", "overloaded", "overwelmed", "overwhelmd");
        Add("jealous", "jealousy", "envious", "envy", "jelly", "jelous", "jealus", "possessive", "jealousness");
        Add("suspicious", "suspicion", "suspect", "paranoid", "distrustful", "mistrustful", "doubtful", "sus", "cant trust", "dont trust");
        Add("guarded", "defensive", "walls up", "closed off", "on guard", "wary");
        Add("confused", "confusion", "confusing", "unsure", "mixed up", "torn", "puzzled");
        Add("angry", "anger", "angrier", "angered", "mad", "pissed", "pissed off", "raging", "rage", "enraged", "livid", "fuming", "heated", "angy", "angery", "hate", "hating");
        Add("frustrated", "frustration", "frustrating", "fed up", "exasperated", "frustated", "fustrated");
        Add("irritated", "irritation", "annoyed", "annoyance", "irritable", "grumpy", "agitated", "bothered", "irked");
        Add("resentful", "resentment", "resent", "bitterness");
        Add("furious", "fury", "seething", "outraged");
        Add("hurt", "hurting", "hurts", "heartbroken", "heart broken", "hurtful", "wounded", "stung", "crushed", "heartache", "pained");
        Add("betrayed", "betrayal", "betray", "betraying", "cheated on", "backstabbed", "deceived", "lied to");
        Add("disappointed", "disappointment", "disappointing", "dissapointed", "disapointed");
        Add("embarrassed", "embarrassment", "embarassed", "mortified", "awkward", "self conscious");
        Add("let-down", "let down", "letdown", "let me down");
        Add("misunderstood", "unheard", "not heard", "invalidated", "dismissed", "unseen");
        Add("humiliated", "humiliation", "humiliating", "belittled", "disrespected", "disrespect");
        Add("lonely", "loneliness", "lonley", "lonly", "alone", "lonesome", "on my own");
        Add("abandoned", "abandonment", "abandon", "deserted", "ghosted", "forgotten");
        Add("left-out", "left out", "excluded", "not included", "ignored", "invisible");
        Add("isolated", "isolation", "cut off", "withdrawn");
        Add("disconnected", "distant", "detached", "far apart", "out of touch");
        Add("unwanted", "not wanted", "unappreciated", "unimportant", "uncared for");
        Add("calm", "calmer", "calmness", "steady", "grounded", "centered", "centred", "settled", "chill", "at ease");
        Add("safe", "secure", "safer", "protected");
        Add("relaxed", "relaxing", "mellow", "laid back", "easygoing");
        Add("reassured", "reassurance", "comforted", "supported");
        Add("peaceful", "peace", "serene", "at peace", "tranquil");
        Add("relieved", "relief");
        Add("happy", "happiness", "happier", "glad", "joyful", "joy", "cheerful", "delighted", "pleased", "good mood", "hapy", "happpy");
        Add("grateful", "gratitude", "thankful", "appreciative", "blessed", "greatful");
        Add("connected", "connection", "closer", "bonded", "understood");
        Add("loved", "cared for", "adored", "cherished");
        Add("proud", "pride", "accomplished");
        Add("excited", "excitement", "exciting", "thrilled", "pumped", "eager");
        Add("hopeful", "hope", "hoping", "hopefull", "looking forward");
        Add("optimistic", "optimism", "upbeat");
        Add("trusting", "trustful", "willing to trust");
        Add("brave", "bravery", "courageous", "courage", "bold", "confident");
        Add("curious", "curiosity");
        Add("encouraged", "motivated", "inspired", "uplifted");
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
