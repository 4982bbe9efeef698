using TrustBot.Dialogs.Engine;

namespace TrustBot.Tests.Engine;

public sealed class RecognizerTests
{
    [Theory]
    [InlineData("yes", true)]
    [InlineData("Yeah!", true)]
    [InlineData("ok sure", true)]
    [InlineData("👍", true)]
    [InlineData("Sí", true)]
    [InlineData("nope", false)]
    [InlineData("not now", false)]
    [InlineData("No thanks.", false)]
    [InlineData("purple", null)]
    public void ConfirmRecognizer_ReadsCommonVariants(string text, bool? expected) =>
        Assert.Equal(expected, ConfirmRecognizer.Recognize(text));

    [Theory]
    [InlineData("7", 7)]
    [InlineData("about a 7", 7)]
    [InlineData("7/10", 7)]
    [InlineData("8 out of 10", 8)]
    [InlineData("seven", 7)]
    [InlineData("-3", -3)]
    [InlineData("7.5", null)]
    [InlineData("a lot", null)]
    [InlineData("99999999999", null)]
    public void NumberRecognizer_FindsWholeNumbers(string text, int? expected) =>
        Assert.Equal(expected, NumberRecognizer.Recognize(text));

    [Theory]
    [InlineData("9am", 9, 0)]
    [InlineData("9:30 pm", 21, 30)]
    [InlineData("21:00", 21, 0)]
    [InlineData("7 p.m.", 19, 0)]
    [InlineData("noon", 12, 0)]
    [InlineData("in the evening", 19, 0)]
    [InlineData("6", 18, 0)]
    [InlineData("18h30", 18, 30)]
    public void TimeOfDayRecognizer_ReadsClockAndNamedTimes(string text, int hour, int minute) =>
        Assert.Equal(new TimeOnly(hour, minute), TimeOfDayRecognizer.Recognize(text));

    [Theory]
    [InlineData("25:00")]
    [InlineData("13pm")]
    [InlineData("whenever")]
    public void TimeOfDayRecognizer_RejectsNonsense(string text) =>
        Assert.Null(TimeOfDayRecognizer.Recognize(text));

    [Fact]
    public void ChoiceRecognizer_AmbiguousPhrase_IsNotGuessed()
    {
        Choice[] choices = [new("sad"), new("mad")];
        Assert.Null(ChoiceRecognizer.Recognize("sad or mad", choices));
    }

    [Fact]
    public void ChoiceRecognizer_PartialWords_MatchTheOnlyChoiceThatHasThem()
    {
        Choice[] choices = [new("reassure", "Ask for reassurance"), new("pause", "Pause ten minutes")];
        Assert.Equal("reassure", ChoiceRecognizer.Recognize("reassurance", choices)?.Value);
    }

    [Fact]
    public void InputNormalizer_FoldsCaseAccentsPunctuationAndEmoji() =>
        Assert.Equal("cafe ole", InputNormalizer.Normalize("  Café!! Olé 😢 "));

    [Fact]
    public void SkipRecognizer_ReadsSkipPhrases()
    {
        Assert.True(SkipRecognizer.IsSkip("Skip this one."));
        Assert.False(SkipRecognizer.IsSkip("I skipped lunch"));
    }
}
