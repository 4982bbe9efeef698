using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace TrustBot.Dialogs.Safety;

/// <summary>
/// Turns free text into the canonical form the rule tables are written against. Every transform here
/// exists because people in distress type fast and informally: "K1LL MYSELFFF", "s u i c i d e",
/// "suicde", "i’m done" must all read the same as the tidy version.
/// </summary>
internal static class TextNormalizer
{
    private const int MaxInputChars = 8000;

    // Look-alikes people use to dodge filters ("k1ll", "su!c!de", "$elf harm").
    private static readonly FrozenDictionary<char, char> LeetMap = new Dictionary<char, char>
    {
        ['0'] = 'o', ['1'] = 'i', ['3'] = 'e', ['4'] = 'a', ['5'] = 's', ['7'] = 't',
        ['@'] = 'a', ['$'] = 's', ['!'] = 'i', ['|'] = 'i', ['€'] = 'e',
    }.ToFrozenDictionary();

    // Misspellings and variants of the key words, after stretched letters were squeezed to one.
    private static readonly FrozenDictionary<string, string> Canonical = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["kil"] = "kill", ["kll"] = "kill", ["kiling"] = "killing", ["kiled"] = "killed", ["kils"] = "kills",
        ["slep"] = "sleep", ["wil"] = "will", ["cutt"] = "cut", ["tomorow"] = "tomorrow",
        ["goodby"] = "goodbye", ["gudbye"] = "goodbye", ["bye4ever"] = "bye forever", ["ded"] = "dead",
        ["lyf"] = "life", ["lif"] = "life", ["myslf"] = "myself", ["meself"] = "myself",
        ["mysef"] = "myself", ["mysel"] = "myself", ["urself"] = "yourself", ["anymor"] = "anymore",
        ["wana"] = "wanna", ["wanan"] = "wanna", ["wannna"] = "wanna",
        ["gona"] = "gonna", ["ima"] = "im gonna", ["imma"] = "im gonna", ["finna"] = "gonna",
        ["pils"] = "pills", ["pil"] = "pill", ["od"] = "od", ["oded"] = "odd", ["selfharm"] = "self harm",
        ["selfharming"] = "self harming", ["unalive"] = "unalive", ["sewerslide"] = "sewer slide",
        ["suicidee"] = "suicide", ["sucidal"] = "suicidal", ["dont"] = "dont", ["doesnt"] = "doesnt",
        ["cnt"] = "cant", ["abt"] = "about", ["dy"] = "die", ["dieee"] = "die", ["bout"] = "about", ["thnk"] = "think", ["wnt"] = "want", ["tho"] = "though", ["gnna"] = "gonna", ["cn"] = "can", ["u"] = "you", ["ur"] = "your", ["r"] = "are", ["thru"] = "through",
        ["tonite"] = "tonight", ["2nite"] = "tonight", ["tnight"] = "tonight", ["bc"] = "because",
        ["cuz"] = "because", ["coz"] = "because", ["plz"] = "please", ["pls"] = "please", ["rn"] = "right now",
        ["idk"] = "i dont know", ["idc"] = "i dont care", ["ppl"] = "people", ["evry1"] = "everyone",
        ["every1"] = "everyone", ["some1"] = "someone", ["no1"] = "no one", ["nobodys"] = "nobody",
        ["becuz"] = "because", ["myslef"] = "myself", ["lmao"] = "lol", ["lmfao"] = "lol", ["haha"] = "lol",
        ["hahaha"] = "lol", ["jk"] = "lol", ["jking"] = "lol",
        // Romance-language forms are words of their own, not slips of "suicide"/"suicidal".
        ["suicider"] = "suicider", ["suicidar"] = "suicidar", ["suicidarme"] = "suicidarme", ["suicidarse"] = "suicidarse",
        ["suicidio"] = "suicidio", ["suicidou"] = "suicidou", ["suicidaire"] = "suicidaire",
        ["comit"] = "commit", ["comitting"] = "committing", ["commiting"] = "committing", ["cuting"] = "cutting", ["cuttin"] = "cutting", ["startd"] = "started", ["strated"] = "started", ["agian"] = "again", ["agin"] = "again",
        ["wnat"] = "want", ["watn"] = "want", ["wnated"] = "wanted", ["lfie"] = "life", ["lief"] = "life", ["slef"] = "self", ["sefl"] = "self", ["lfe"] = "life", ["liife"] = "life",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Long key words where a one-letter slip should still match ("suicde", "myslef", "overdoes").
    private static readonly string[] FuzzyTargets =
    [
        "suicidal", "suicide", "myself", "overdose", "overdosed", "overdosing", "paracetamol", "acetaminophen",
        "ibuprofen", "anymore", "goodbye", "breathe", "tonight", "everyone", "threatened", "threatens",
        "strangled", "strangle", "strangles", "strangling", "threaten", "unalive", "yourself", "killing", "sleeping", "tablets",
    ];

    private static readonly FrozenSet<string> FuzzyTargetSet = FuzzyTargets.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<char, char> LatinFold = BuildLatinFold();

    public static NormalizedText Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new NormalizedText([], RiskEmoji.None, 0);
        }

        if (text.Length > MaxInputChars)
        {
            text = text[..MaxInputChars];
        }

        try
        {
            if (!text.IsNormalized(NormalizationForm.FormKC))
            {
                text = text.Normalize(NormalizationForm.FormKC);
            }
        }
        catch (ArgumentException)
        {
            // Lone surrogates cannot be normalised; the character pass below drops them.
        }

        var emoji = RiskEmoji.None;
        var buffer = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    var code = char.ConvertToUtf32(c, text[i + 1]);
                    emoji |= EmojiOf(code);
                    i++;

                    // Tears of laughter mark a joke the way "lol" does ("I'll kill him 😂").
                    if (code is 0x1F602 or 0x1F923 or 0x1F606 or 0x1F639)
                    {
                        buffer.Append(" lol ");
                        continue;
                    }
                }

                buffer.Append(' ');
                continue;
            }

            if (char.IsLowSurrogate(c))
            {
                buffer.Append(' ');
                continue;
            }

            emoji |= EmojiOf(c);
            var prev = i > 0 ? text[i - 1] : ' ';
            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            AppendCanonical(buffer, c, prev, next, text, i);
        }

        var sentences = new List<string>(4);
        var words = 0;
        foreach (var raw in buffer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var tokens = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length == 0)
            {
                continue;
            }

            var cleaned = CleanTokens(tokens);
            words += cleaned.Count;
            sentences.Add(" " + string.Join(' ', cleaned) + " ");
        }

        return new NormalizedText(sentences, emoji, words);
    }

    private static void AppendCanonical(StringBuilder buffer, char c, char prev, char next, string text, int index)
    {
        switch (c)
        {
            case '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD' or '\u0640' or '\uFE0F' or '\uFE0E':
                return; // invisible joiners, soft hyphen, Arabic tatweel, emoji variation selectors
            case '\'' or '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4':
                return; // "i'm" -> "im", "can't" -> "cant": rules are written without apostrophes
            case '.':
                // "s.u.i.c.i.d.e" and "end.it.all" are letters, not sentences.
                buffer.Append(char.IsLetter(prev) && char.IsLetter(next) ? ' ' : '\n');
                return;
            case '!' or '?' or ';' or '\n' or '\r' or '\u2026' or '\u3002' or '\uFF01' or '\uFF1F' or '\uFF1B' or '\u0964' or '\u061F':
                if (c == '!' && IsInnerLeet(text, index))
                {
                    buffer.Append('i');
                    return;
                }

                buffer.Append('\n');
                return;
            case ',' or ':' or '\uFF0C' or '\u3001' or '\u060C':
                buffer.Append(" , ");
                return;
            case '\u00DF':
                buffer.Append("ss");
                return;
        }

        if (LeetMap.TryGetValue(c, out var leet) && IsInnerLeet(text, index))
        {
            buffer.Append(leet);
            return;
        }

        if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
        {
            var lower = char.ToLowerInvariant(c);
            if (LatinFold.TryGetValue(lower, out var folded))
            {
                buffer.Append(folded);
            }
            else if (lower is >= '\u064B' and <= '\u065F')
            {
                // Arabic short-vowel marks are optional in writing; drop them.
            }
            else
            {
                buffer.Append(ArabicFold(lower));
            }

            return;
        }

        buffer.Append(' ');
        _ = prev;
        _ = next;
    }

    /// <summary>A look-alike counts as a letter when its chunk has letters on both sides ("k1ll") or it trails a chunk that already had one ("su1c1d3").</summary>
    private static bool IsInnerLeet(string text, int index)
    {
        // The chunk is the run of letters, digits and look-alikes around the character ("pill5," stops at the comma).
        var start = index;
        while (start > 0 && IsChunkChar(text[start - 1]))
        {
            start--;
        }

        var end = index;
        while (end + 1 < text.Length && IsChunkChar(text[end + 1]))
        {
            end++;
        }

        var letterBefore = false;
        for (var i = start; i < index; i++)
        {
            letterBefore |= char.IsLetter(text[i]);
        }

        var letterAfter = false;
        for (var i = index + 1; i <= end; i++)
        {
            letterAfter |= char.IsLetter(text[i]);
        }

        if (letterBefore && letterAfter)
        {
            return true;
        }

        // "d13", "k1ll3d": a word that starts with letters and ends in look-alike digits only.
        if (letterBefore && char.IsDigit(text[index]) && end - start >= 1)
        {
            var allLeetAfterLetters = true;
            var seenDigit = false;
            for (var i = start; i <= end; i++)
            {
                if (char.IsLetter(text[i]) && !seenDigit)
                {
                    continue;
                }

                seenDigit = true;
                allLeetAfterLetters &= LeetMap.ContainsKey(text[i]) && char.IsDigit(text[i]);
            }

            if (allLeetAfterLetters)
            {
                return true;
            }
        }

        // "3nd", "5u1c1d4l", "0v3rd05e": look-alike digits opening a word, unless it is a number with a unit or an ordinal ("3am", "2nd").
        if (!letterBefore && char.IsDigit(text[index]) && LeadingLeetWord(text, start, end))
        {
            return true;
        }

        // "$uicidal", "$elf harm": a dollar sign opening a word is an s.
        if (text[index] == '$' && index == start && letterAfter)
        {
            return true;
        }

        // Trailing digit after an inner one: "su1c1d3", "d13" stays as it is (no inner look-alike).
        if (letterBefore && char.IsDigit(text[index]))
        {
            for (var i = start + 1; i < index; i++)
            {
                if (LeetMap.ContainsKey(text[i]) && char.IsLetter(text[i - 1]))
                {
                    var after = false;
                    for (var j = i + 1; j <= end; j++)
                    {
                        after |= char.IsLetter(text[j]);
                    }

                    if (after)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool IsChunkChar(char c) => char.IsLetterOrDigit(c) || LeetMap.ContainsKey(c);

    private static bool LeadingLeetWord(string text, int start, int end)
    {
        var i = start;
        while (i <= end && char.IsDigit(text[i]))
        {
            if (!LeetMap.ContainsKey(text[i]))
            {
                return false;
            }

            i++;
        }

        var letters = 0;
        for (var j = i; j <= end; j++)
        {
            letters += char.IsLetter(text[j]) ? 1 : 0;
        }

        if (letters < 2)
        {
            // Short words written with one look-alike: "1t", "1n", "1f", "0n", "0f" ("end 1t t0n1ght"); none is a number with a unit.
            return i - start == 1 && end == i && (text[start], char.ToLowerInvariant(text[i])) is ('1', 't' or 'n' or 'f') or ('0', 'n' or 'f');
        }

        var digits = text.AsSpan(start, i - start);
        var suffix = text.AsSpan(i, end - i + 1).ToString().ToLowerInvariant();
        if (UnitSuffixes.Contains(suffix))
        {
            return false;
        }

        // Ordinals only with the right suffix: "2nd" stays, "3nd" is leetspeak for "end".
        var last = digits[^1];
        var ordinal = last switch { '1' => "st", '2' => "nd", '3' => "rd", _ => "th" };
        if (digits.Length >= 2 && digits[^2] == '1')
        {
            ordinal = "th";
        }

        return suffix != ordinal;
    }

    private static readonly FrozenSet<string> UnitSuffixes = new[]
    {
        "am", "pm", "s", "k", "m", "g", "kg", "mg", "ml", "km", "h", "hr", "hrs", "min", "mins", "x", "yo", "ft", "cm", "mm",
        "lb", "lbs", "gb", "mb", "d", "yr", "yrs", "years", "days", "weeks", "months", "hours", "minutes", "times", "ish",
        "pcs", "percent", "kids", "people", "pills", "tablets",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static List<string> CleanTokens(string[] tokens)
    {
        var joined = new List<string>(tokens.Length);
        var i = 0;
        while (i < tokens.Length)
        {
            // "s u i c i d e", "k i l l": three or more single Latin letters in a row are one word.
            var run = i;
            while (run < tokens.Length && tokens[run].Length == 1 && tokens[run][0] is >= 'a' and <= 'z')
            {
                run++;
            }

            if (run - i >= 3)
            {
                joined.AddRange(Segment(string.Concat(tokens[i..run])));
                i = run;
                continue;
            }

            joined.Add(tokens[i]);
            i++;
        }

        var result = new List<string>(joined.Count);
        foreach (var token in joined)
        {
            var squeezed = Squeeze(token);
            if (Canonical.TryGetValue(squeezed, out var canonical))
            {
                result.Add(canonical);
            }
            else if (!ReferenceEquals(squeezed, token) && Canonical.TryGetValue(token, out canonical))
            {
                result.Add(canonical);
            }
            else
            {
                result.Add(Fuzzy(squeezed));
            }
        }

        return result;
    }

    // Words that spaced-out letters usually spell ("k i l l m y s e l f" -> "kill myself").
    private static readonly string[] SegmentWords =
    [
        "myself", "suicide", "suicidal", "kill", "die", "dead", "want", "wanna", "going", "gonna", "end", "life",
        "my", "it", "all", "to", "me", "self", "harm", "hurt", "cut", "am", "im", "i", "a", "the", "now", "tonight",
        "hit", "pills", "pill", "take", "took", "hang", "jump", "burn", "overdose", "rape", "raped", "death", "knife",
        "gun", "rope", "goodbye", "bye", "bleed", "blood", "do", "so", "done",
    ];

    /// <summary>Splits a run of joined single letters into known words when it can be split completely.</summary>
    private static List<string> Segment(string joined)
    {
        var parts = new List<string>();
        var pos = 0;
        while (pos < joined.Length)
        {
            var word = SegmentWords.Where(w => joined.AsSpan(pos).StartsWith(w, StringComparison.Ordinal)).MaxBy(w => w.Length);
            if (word is null)
            {
                return [joined];
            }

            parts.Add(word);
            pos += word.Length;
        }

        return parts.Count > 1 && parts.Any(p => p.Length >= 3) ? parts : [joined];
    }

    /// <summary>Runs of three or more of the same letter become one ("killlll" -> "kil", "pleeease" -> "please").</summary>
    private static string Squeeze(string token)
    {
        var hasRun = false;
        for (var i = 2; i < token.Length; i++)
        {
            if (token[i] == token[i - 1] && token[i] == token[i - 2] && char.IsLetter(token[i]))
            {
                hasRun = true;
                break;
            }
        }

        if (!hasRun)
        {
            return token;
        }

        var sb = new StringBuilder(token.Length);
        var k = 0;
        while (k < token.Length)
        {
            var j = k;
            while (j < token.Length && token[j] == token[k])
            {
                j++;
            }

            var count = j - k;
            sb.Append(token[k], count >= 3 ? 1 : count);
            k = j;
        }

        return sb.ToString();
    }

    private static string Fuzzy(string token)
    {
        if (token.Length < 5 || token.Length > 14 || FuzzyTargetSet.Contains(token) || token[0] > 'z')
        {
            return token;
        }

        foreach (var target in FuzzyTargets)
        {
            if (target[0] == token[0] && Math.Abs(target.Length - token.Length) <= 1 && WithinOneEdit(token, target))
            {
                return target;
            }
        }

        return token;
    }

    /// <summary>Damerau distance at most one (one insert, delete, substitution or adjacent swap).</summary>
    private static bool WithinOneEdit(string a, string b)
    {
        if (a.Length == b.Length)
        {
            var diff = -1;
            for (var i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    if (diff >= 0)
                    {
                        // Adjacent transposition "suicdie".
                        return diff == i - 1 && a[diff] == b[i] && a[i] == b[diff] && a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1));
                    }

                    diff = i;
                }
            }

            return true;
        }

        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        var skipped = false;
        for (int i = 0, j = 0; j < shorter.Length; i++)
        {
            if (longer[i] == shorter[j])
            {
                j++;
                continue;
            }

            if (skipped)
            {
                return false;
            }

            skipped = true;
        }

        return true;
    }

    private static RiskEmoji EmojiOf(int codePoint) => codePoint switch
    {
        0x1F52A or 0x1F5E1 => RiskEmoji.Knife,
        0x1F48A => RiskEmoji.Pills,
        0x26B0 => RiskEmoji.Coffin,
        0x1FAA6 => RiskEmoji.Headstone,
        0x1FA78 => RiskEmoji.Blood,
        0x1F52B => RiskEmoji.Gun,
        0x1FAA2 => RiskEmoji.Rope,
        _ => RiskEmoji.None,
    };

    private static char ArabicFold(char c) => c switch
    {
        '\u0623' or '\u0625' or '\u0622' or '\u0671' => '\u0627', // alef variants
        '\u0629' => '\u0647', // teh marbuta -> heh
        '\u0649' => '\u064A', // alef maksura -> yeh
        _ => c,
    };

    private static FrozenDictionary<char, char> BuildLatinFold()
    {
        var map = new Dictionary<char, char>();
        void Add(int from, int to)
        {
            for (var cp = from; cp <= to; cp++)
            {
                var c = (char)cp;
                var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
                if (decomposed.Length > 0 && decomposed[0] < 0x80 && char.IsLetter(decomposed[0]) && decomposed[0] != c)
                {
                    map[c] = char.ToLowerInvariant(decomposed[0]);
                }
            }
        }

        Add(0x00C0, 0x024F);
        Add(0x1E00, 0x1EFF);
        map['\u0111'] = 'd'; // Vietnamese đ has no decomposition
        map['\u00F8'] = 'o';
        map['\u0142'] = 'l';
        return map.ToFrozenDictionary();
    }
}
