namespace TrustBot.Dialogs.Engine;

/// <summary>
/// Finds which choice the person meant: the title, value or a synonym (case, accents and punctuation
/// ignored), its number ("2", "the second one"), or a phrase that contains exactly one choice.
/// </summary>
public static class ChoiceRecognizer
{
    private static readonly string[] Ordinals =
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];

    private static readonly string[] OrdinalSuffixes = ["st", "nd", "rd", "th"];

    private static readonly HashSet<string> NumberLeadWords = new(StringComparer.Ordinal) { "number", "option", "choice", "no", "the", "one", "#" };

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "i", "im", "a", "an", "the", "to", "and", "or", "my", "me", "it", "its", "is", "of", "for", "with", "please", "just", "maybe",
        "feel", "feeling", "think", "pick", "choose", "go", "want", "would", "like", "one", "that", "this", "lets", "do", "some",
    };

    public static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices)
    {
        var input = InputNormalizer.Normalize(text);
        if (input.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        // 1. The whole input is a title, value or synonym.
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var term in Terms(choices[i]))
            {
                if (InputNormalizer.Normalize(term) == input)
                {
                    return new FoundChoice(choices[i].Value, i, 1.0, term);
                }
            }
        }

        // 2. A number or an ordinal.
        if (RecognizeIndex(input, choices.Count) is { } index)
        {
            return new FoundChoice(choices[index].Value, index, 1.0);
        }

        // 3. The input contains a choice's phrase; the longest phrase wins, a tie means ambiguous.
        FoundChoice? best = null;
        var bestLength = 0;
        var ambiguous = false;
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var term in Terms(choices[i]))
            {
                var phrase = InputNormalizer.Normalize(term);
                if (phrase.Length == 0 || !InputNormalizer.ContainsPhrase(input, phrase))
                {
                    continue;
                }

                if (phrase.Length > bestLength)
                {
                    best = new FoundChoice(choices[i].Value, i, 0.9, term);
                    bestLength = phrase.Length;
                    ambiguous = false;
                }
                else if (phrase.Length == bestLength && best is not null && best.Index != i)
                {
                    ambiguous = true;
                }
            }
        }

        if (best is not null && !ambiguous)
        {
            return best;
        }

        // 4. Every meaningful word of the input belongs to exactly one choice ("reassurance" -> "Ask for reassurance").
        var words = input.Split(' ').Where(w => !StopWords.Contains(w)).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        FoundChoice? partial = null;
        for (var i = 0; i < choices.Count; i++)
        {
            var choiceWords = Terms(choices[i]).SelectMany(InputNormalizer.Tokens).ToHashSet(StringComparer.Ordinal);
            if (words.All(choiceWords.Contains))
            {
                if (partial is not null)
                {
                    return null;
                }

                partial = new FoundChoice(choices[i].Value, i, 0.6);
            }
        }

        return partial;
    }

    private static IEnumerable<string> Terms(Choice choice)
    {
        yield return choice.Value;
        if (!string.IsNullOrEmpty(choice.Title))
        {
            yield return choice.Title;
        }

        foreach (var synonym in choice.Synonyms ?? [])
        {
            yield return synonym;
        }
    }

    private static int? RecognizeIndex(string input, int count)
    {
        var words = input.Split(' ').Where(w => !NumberLeadWords.Contains(w)).ToList();
        if (words.Count != 1)
        {
            return null;
        }

        var word = words[0];
        var ordinal = Array.IndexOf(Ordinals, word);
        if (ordinal >= 0)
        {
            return ordinal < count ? ordinal : null;
        }

        foreach (var suffix in OrdinalSuffixes)
        {
            if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                word = word[..^suffix.Length];
                break;
            }
        }

        return int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= count
            ? n - 1
            : null;
    }
}
