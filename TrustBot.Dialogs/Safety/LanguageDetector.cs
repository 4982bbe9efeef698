using TrustBot.Dialogs.Safety.Rules;

namespace TrustBot.Dialogs.Safety;

/// <summary>
/// Picks which rule tables to run: scripts decide outright (Han, Hangul, Arabic, Devanagari), Latin
/// text is scored by frequent words. English is always included, ordered by score.
/// </summary>
internal static class LanguageDetector
{
    // Short English words that are also frequent words elsewhere; they never pick a language on their own.
    private static readonly HashSet<string> SharedWithEnglish = new(StringComparer.Ordinal) { "no", "me", "a", "so", "ok", "mi" };

    public static IReadOnlyList<LanguageRules> Detect(NormalizedText text, CrisisRuleTables tables)
    {
        var scores = new Dictionary<LanguageRules, int>();
        var scripts = ScriptLanguages(text);
        foreach (var rules in tables.Others)
        {
            if (scripts.Contains(rules.Language))
            {
                scores[rules] = 100;
            }
        }

        var english = 0;
        foreach (var sentence in text.Sentences)
        {
            foreach (var token in sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // A word English shares with another language ("no", "me", "a") is evidence for neither:
                // "no, I'm fine" must not be routed to the Spanish rules.
                var inEnglish = tables.English.Stopwords.Contains(token) || SharedWithEnglish.Contains(token);
                var shared = false;
                foreach (var rules in tables.Others)
                {
                    if (rules.Stopwords.Contains(token))
                    {
                        shared |= inEnglish;
                        if (!inEnglish)
                        {
                            scores[rules] = scores.GetValueOrDefault(rules) + 1;
                        }
                    }
                }

                if (inEnglish && !shared)
                {
                    english++;
                }
            }
        }

        var ordered = scores.Where(s => s.Value > 0).OrderByDescending(s => s.Value).Select(s => s.Key).ToList();
        var result = new List<LanguageRules>(ordered.Count + 1);
        if (ordered.Count > 0 && scores[ordered[0]] > english)
        {
            result.AddRange(ordered);
            result.Add(tables.English);
        }
        else
        {
            result.Add(tables.English);
            result.AddRange(ordered);
        }

        return result;
    }

    private static HashSet<string> ScriptLanguages(NormalizedText text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in text.Sentences)
        {
            foreach (var c in sentence)
            {
                if (c < '\u0600')
                {
                    continue;
                }

                if (c is >= '\u4E00' and <= '\u9FFF')
                {
                    found.Add("zh");
                }
                else if (c is >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF')
                {
                    found.Add("ko");
                }
                else if (c is >= '\u0600' and <= '\u06FF')
                {
                    found.Add("ar");
                }
                else if (c is >= '\u0900' and <= '\u097F')
                {
                    found.Add("hi");
                }
            }
        }

        return found;
    }
}
