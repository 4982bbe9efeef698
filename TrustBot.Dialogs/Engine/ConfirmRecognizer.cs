namespace TrustBot.Dialogs.Engine;

/// <summary>Yes/no in the ways people type them, in English and the product's other core languages.</summary>
public static class ConfirmRecognizer
{
    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal)
    {
        "yes", "y", "yeah", "yea", "yep", "yup", "ya", "yah", "sure", "ok", "okay", "k", "kk", "of course", "please", "yes please",
        "sounds good", "lets do it", "lets go", "absolutely", "definitely", "alright", "all right", "right", "correct", "thats right",
        "that is right", "true", "go ahead", "i do", "i am", "fine", "yes it is", "yes thats right", "sure thing", "why not", "ok sure",
        "si", "claro", "oui", "ja", "sim", "haan", "oo", "vang", "ne", "naam",
    };

    private static readonly HashSet<string> No = new(StringComparer.Ordinal)
    {
        "no", "n", "nope", "nah", "no thanks", "no thank you", "not now", "not really", "not yet", "never mind", "nevermind", "dont",
        "i dont", "no way", "negative", "wrong", "thats wrong", "false", "not right", "no its not", "no it isnt", "maybe later",
        "later", "not today", "non", "nein", "nao", "nahi", "hindi", "khong", "aniyo", "la",
    };

    /// <summary>True when the whole message is a yes or a no ("no", "si", "la"), which must never be read as a place name or code.</summary>
    public static bool IsBareAnswer(string? text)
    {
        var input = InputNormalizer.Normalize(text);
        return Yes.Contains(input) || No.Contains(input);
    }

    /// <summary>True for yes, false for no, null when it is neither.</summary>
    public static bool? Recognize(string? text)
    {
        var input = InputNormalizer.Normalize(text);
        if (input.Length == 0)
        {
            return ContainsEmoji(text, "👍") ? true : ContainsEmoji(text, "👎") ? false : null;
        }

        if (Yes.Contains(input))
        {
            return true;
        }

        if (No.Contains(input))
        {
            return false;
        }

        var first = input.Split(' ')[0];
        if (first is "yes" or "yeah" or "yep" or "sure" or "ok" or "okay")
        {
            return true;
        }

        if (first is "no" or "nope" or "nah")
        {
            return false;
        }

        return null;
    }

    private static bool ContainsEmoji(string? text, string emoji) => text?.Contains(emoji, StringComparison.Ordinal) == true;
}
