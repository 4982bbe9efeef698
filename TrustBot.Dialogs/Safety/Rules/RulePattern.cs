using System.Buffers;
using System.Text.RegularExpressions;

namespace TrustBot.Dialogs.Safety.Rules;

/// <summary>
/// A rule regex behind a literal prefilter. Most patterns do not match most sentences, and an
/// interpreted regex pays for trying its openings at every position; one vectorised search for the
/// pattern's <see cref="NecessaryLiterals"/> rules it out first, so only patterns that could match run.
/// The results are the regex's own: the filter only skips texts where it cannot match.
/// </summary>
internal sealed class RulePattern
{
    // Literals shorter than this occur in almost any sentence ("a", "i "): the filter would cost without skipping.
    private const int MinUsefulLength = 2;

    private readonly SearchValues<string>? _literals;

    public RulePattern(Regex regex)
    {
        Regex = regex;
        if (NecessaryLiterals.Of(regex.ToString()) is { Length: > 0 } literals && literals.Min(l => l.Length) >= MinUsefulLength)
        {
            _literals = SearchValues.Create(literals, StringComparison.Ordinal);
        }
    }

    public Regex Regex { get; }

    /// <summary>Whether the regex needs to run on <paramref name="text"/> at all.</summary>
    public bool CanMatch(ReadOnlySpan<char> text) => _literals is null || text.ContainsAny(_literals);

    public bool IsMatch(string text) => CanMatch(text) && Regex.IsMatch(text);

    public Match Match(string text) => CanMatch(text) ? Regex.Match(text) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>Matches from <paramref name="startat"/>; none when the filter rules the text out (a pattern with a necessary literal cannot match the empty text).</summary>
    public Regex.ValueMatchEnumerator EnumerateMatches(string text, int startat = 0) =>
        CanMatch(text) ? Regex.EnumerateMatches(text, startat) : Regex.EnumerateMatches(ReadOnlySpan<char>.Empty);

    public string Replace(string input, string replacement) => CanMatch(input) ? Regex.Replace(input, replacement) : input;

    /// <summary>
    /// Builds the regex's matcher and JIT-compiles the filter's search now, so the first real message does
    /// not: each kind of literal set has its own vectorised search, with separate paths for short and long text.
    /// </summary>
    public void WarmUp()
    {
        foreach (var text in WarmUpTexts)
        {
            _ = CanMatch(text);
            _ = Regex.IsMatch(text);
        }
    }

    private static readonly string[] WarmUpTexts = [" ", " i want ", " " + string.Join(' ', Enumerable.Repeat("i feel a bit tired today and", 8)) + " "];

    public override string ToString() => Regex.ToString();
}
