using TrustBot.Dialogs.Safety.Rules;

namespace TrustBot.Tests.Safety.Rules;

public sealed class RuleBuilderTests
{
    [Fact]
    public void SplitAlternatives_SplitsOnlyAtTheTopLevel()
    {
        var parts = RuleBuilder.SplitAlternatives(@"\b(?:a|b) c\b|[|(]d\||e(?=f|g)");

        Assert.Equal([@"\b(?:a|b) c\b", @"[|(]d\|", "e(?=f|g)"], parts);
    }

    [Fact]
    public void Rule_KeepsMacroOpeningsApartAndPlainOpeningsTogether()
    {
        var rule = RuleBuilder.Rule("test.rule", TrustBot.Dialogs.Safety.CrisisDecision.Clarify, TrustBot.Dialogs.Safety.CrisisCategory.PassiveDeathWish, @"\bfoo\b|\bbar (?:baz|qux)\b|\b(?:{WANT}) vanish\b");

        Assert.Equal("test.rule", rule.Id);
        Assert.Equal(2, rule.Parts.Count);
        Assert.Contains(rule.Parts, p => p.IsMatch(" a bar qux "));
        Assert.Contains(rule.Parts, p => p.IsMatch(" i want to vanish "));
        Assert.DoesNotContain(rule.Parts, p => p.IsMatch(" barbaz "));
    }
}
