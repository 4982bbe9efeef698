using TrustBot.Dialogs.Actions;

namespace TrustBot.Tests.Actions;

public sealed class EncouragementWriterTests
{
    private static readonly string[] Forbidden = ["will feel better", "will be fine", "guarantee", "promise", "should have", "failed", "failure", "you always", "just relax", "great job"];

    [Fact]
    public void IntensityDropped_MentionsTheChange()
    {
        var text = EncouragementWriter.Write(new EncouragementInput("anxious", IntensityBefore: 8, IntensityAfter: 5), seed: 0);

        Assert.Contains("8", text, StringComparison.Ordinal);
        Assert.Contains("5", text, StringComparison.Ordinal);
    }

    [Fact]
    public void IntensityWentUp_AcknowledgesWithoutShame()
    {
        for (var seed = 0; seed < 6; seed++)
        {
            var text = EncouragementWriter.Write(new EncouragementInput("hurt", IntensityBefore: 6, IntensityAfter: 8), seed);

            Assert.DoesNotContain("went from", text, StringComparison.Ordinal);
            Assert.All(Forbidden, f => Assert.DoesNotContain(f, text, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void ThoughtCaught_QuotesTheirThought()
    {
        var text = EncouragementWriter.Write(new EncouragementInput("insecure", Thought: "he's losing interest."), seed: 1);

        Assert.Contains("\"he's losing interest\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ChosenAction_IsNamed()
    {
        var text = EncouragementWriter.Write(new EncouragementInput(ActionId: ActionCatalog.AskReassurance), seed: 2);

        Assert.Contains("ask for reassurance", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FeelingOnly_NamesTheFeeling()
    {
        var text = EncouragementWriter.Write(new EncouragementInput("lonely"), seed: 0);

        Assert.Contains("lonely", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DifferentSeeds_GiveDifferentWordingSameSeedSameWording()
    {
        var input = new EncouragementInput("jealous", ActionId: ActionCatalog.PauseTen, IntensityBefore: 7, IntensityAfter: 4);
        var texts = Enumerable.Range(0, 3).Select(seed => EncouragementWriter.Write(input, seed)).ToList();

        Assert.Equal(3, texts.Distinct().Count());
        Assert.Equal(texts[1], EncouragementWriter.Write(input, 1));
        Assert.Equal(texts[0], EncouragementWriter.Write(input, -3));
    }

    [Fact]
    public void AnyInput_IsOneShortSentenceWithoutPromisesOrLeftoverPlaceholders()
    {
        var inputs = new[]
        {
            new EncouragementInput(),
            new EncouragementInput("sad"),
            new EncouragementInput("sad", Thought: "nobody cares", CheckedEvidence: true, ActionId: ActionCatalog.ShareFeeling),
            new EncouragementInput(ActionId: ActionCatalog.OwnIdeaId, IntensityBefore: 5, IntensityAfter: 5),
            new EncouragementInput("scared", ActionId: ActionCatalog.Grounding, IntensityBefore: 9, IntensityAfter: 3),
            new EncouragementInput(new string('a', 500), Thought: new string('b', 500)),
        };

        foreach (var input in inputs)
        {
            for (var seed = 0; seed < 3; seed++)
            {
                var text = EncouragementWriter.Write(input, seed);
                Assert.InRange(text.Length, 20, 300);
                Assert.DoesNotContain("{", text, StringComparison.Ordinal);
                Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
                Assert.All(Forbidden, f => Assert.DoesNotContain(f, text, StringComparison.OrdinalIgnoreCase));
            }
        }
    }
}
