using TrustBot.Dialogs.Actions;

namespace TrustBot.Tests.Actions;

public sealed class GroundingExercisesTests
{
    [Fact]
    public void BoxBreathing_CountsFourForEachSide()
    {
        var text = string.Join(' ', GroundingExercises.BoxBreathing.Messages);

        Assert.Contains("in 4, hold 4, out 4, hold 4", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FiveSenses_WalksDownFromFiveToOneInOrder()
    {
        var messages = GroundingExercises.FiveSenses.Messages;
        var positions = new[] { "5 things you can see", "4 things you can feel", "3 things you can hear", "2 things you can smell", "1 thing you can taste" }
            .Select(step => messages.ToList().FindIndex(m => m.Contains(step, StringComparison.Ordinal)))
            .ToArray();

        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void EveryMessage_IsShortEnoughToSendAlone()
    {
        Assert.All(GroundingExercises.All.SelectMany(e => e.Messages), m => Assert.InRange(m.Length, 10, 300));
    }

    [Fact]
    public void Find_ReturnsExerciseByIdOrNull()
    {
        Assert.Same(GroundingExercises.FiveSenses, GroundingExercises.Find("FIVE-SENSES"));
        Assert.Null(GroundingExercises.Find("yoga"));
    }
}
