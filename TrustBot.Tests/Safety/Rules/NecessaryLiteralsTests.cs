using System.Text;
using System.Text.RegularExpressions;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Safety.Rules;

namespace TrustBot.Tests.Safety.Rules;

public sealed class NecessaryLiteralsTests
{
    [Theory]
    [InlineData(@"\bkill (?:my)?self\b", "kill ")]
    [InlineData(@"\b(?:foo|bar) x\b", "bar|foo")]
    [InlineData(@"(?:abc)?d", "d")]
    [InlineData(@"a+bc", "bc")]
    [InlineData(@"\b(?:took|swallowed) (?:\w+ ){0,3}pills\b", "pills")]
    [InlineData(@"hello(?= world)|(?<=say )bye", "bye|hello")]
    [InlineData(@"\u4E0D\u60F3\u6D3B", "\u4E0D\u60F3\u6D3B")]
    public void Of_NamesTheLiteralsEveryMatchNeeds(string pattern, string expected)
    {
        var literals = NecessaryLiterals.Of(pattern);

        Assert.NotNull(literals);
        Assert.Equal(expected, string.Join('|', literals.Order(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData(@"(?i)kill")] // inline options
    [InlineData(@"(a)\1")] // back-reference
    [InlineData(@"(?=kill)\w+")] // a lookahead guarantees nothing this reader counts
    [InlineData(@"kill|\w+")] // one branch needs no literal
    [InlineData(@"(?:kill)?")]
    public void Of_NamesNothingWhenAMatchCanAvoidEveryLiteral(string pattern)
    {
        Assert.Null(NecessaryLiterals.Of(pattern));
    }

    [Fact]
    public void RulePattern_SkipsTextsWithoutTheLiterals_AndMatchesLikeTheRegexOtherwise()
    {
        var pattern = new RulePattern(new Regex(@"\b(?:kill|hurt) myself\b"));

        Assert.False(pattern.CanMatch(" i feel fine today "));
        Assert.Empty(pattern.Match(" i feel fine today ").Value);
        Assert.Equal(" i feel fine today ", pattern.Replace(" i feel fine today ", " ~ "));
        Assert.True(pattern.IsMatch(" i want to kill myself "));
        Assert.Equal(" i want to  ~  ", pattern.Replace(" i want to kill myself ", " ~ "));
    }

    /// <summary>The filter may only skip texts the regex cannot match: checked for every pattern on every evaluation message.</summary>
    [Fact]
    public void EveryTablePattern_IsNeverFilteredOutOfATextItMatches()
    {
        var tables = CrisisRuleTables.Create();
        var patterns = new[] { tables.English }.Concat(tables.Others).SelectMany(l => l.AllPatterns()).ToList();
        var sentences = new[] { "crisis-eval.tsv", "fresh-dev.tsv" }
            .SelectMany(f => File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Safety", "Data", f), Encoding.UTF8))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .SelectMany(l => TextNormalizer.Normalize(l[(l.LastIndexOf('\t') + 1)..]).Sentences)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var filtered = 0;
        foreach (var pattern in patterns)
        {
            foreach (var sentence in sentences)
            {
                if (!pattern.CanMatch(sentence))
                {
                    filtered++;
                    Assert.False(pattern.Regex.IsMatch(sentence), $"filtered out a match of {pattern} in \"{sentence}\"");
                }
            }
        }

        // The filter earns its place: most pattern/sentence pairs are skipped.
        Assert.True(filtered > patterns.Count * sentences.Count * 0.8, $"{filtered} of {patterns.Count * sentences.Count} skipped");
    }
}
