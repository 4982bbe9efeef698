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
    public void Rule_CompilesEachAlternativeOnItsOwn_PlainOpeningsFirst()
    {
        var rule = RuleBuilder.Rule("test.rule", TrustBot.Dialogs.Safety.CrisisDecision.Clarify, TrustBot.Dialogs.Safety.CrisisCategory.PassiveDeathWish, @"\b(?:{WANT}) vanish\b|\bfoo\b|\bbar (?:baz|qux)\b");

        Assert.Equal("test.rule", rule.Id);
        Assert.Equal(3, rule.Parts.Count);
        Assert.True(rule.Parts[0].IsMatch(" a foo "));
        Assert.True(rule.Parts[1].IsMatch(" a bar qux "));
        Assert.True(rule.Parts[2].IsMatch(" i want to vanish "));
        Assert.DoesNotContain(rule.Parts, p => p.IsMatch(" barbaz "));
    }
}
