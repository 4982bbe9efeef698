using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Safety;
using TrustBot.Tests.Turns;

namespace TrustBot.Tests.CheckIn;

/// <summary>
/// An intensity of 8 or more offers support on top of "Who was it about?" (issue 9): the person may answer
/// either. Answering the question they can see (Teams keeps its buttons on screen) must answer it, not be
/// read as "keep going" and asked again.
/// </summary>
public sealed class HighIntensityTranscriptTests
{
    private static async Task<TestConversation> AtIntensityEightAsync()
    {
        var convo = new TestConversation();
        await CheckInTranscriptTests.WelcomeAndStartAsync(convo);
        await convo.SendAsync("hurt");
        await convo.SendAsync("betrayed");
        var offer = await convo.SendAsync("8");
        offer.ShouldContain(CheckInMessages.AskWho);
        offer.ShouldContain(EscalationMessages.DistressOffer);
        return convo;
    }

    [Theory]
    [InlineData("Partner")]
    [InlineData("my partner")]
    public async Task AnsweringWhoAtTheOffer_AnswersWhoAndMovesOn(string answer)
    {
        await using var convo = await AtIntensityEightAsync();
        var next = await convo.SendAsync(answer);
        next.ShouldContain(CheckInMessages.AskWhat);
        next.ShouldNotContain(CheckInMessages.AskWho);
        next.ShouldNotContain(EscalationMessages.KeepGoing);
        Assert.Contains(convo.AuditLog.Records, r => r.Event == "answer" && r.Choice == "distress-answered-question");

        // The answer was kept: the rest of the check-in goes on to a saved record with who = partner.
        await convo.SendAsync("No reply / on read");
        await convo.SendAsync("skip");
        (await convo.SendAsync("skip")).ShouldContain("how strong is that feeling now");
        var close = await convo.SendAsync("3");
        close.ShouldContain("from 8 to 3");
        Assert.Equal("partner", Assert.Single((await CheckInTranscriptTests.StoredProfileAsync(convo))!.CheckIns).Who);
    }

    [Fact]
    public async Task KeepGoingAtTheOffer_AsksWhoAgain()
    {
        await using var convo = await AtIntensityEightAsync();
        var next = await convo.SendAsync(EscalationMessages.KeepGoingButton);
        next.ShouldContain(EscalationMessages.KeepGoing);
        next.ShouldContain(CheckInMessages.AskWho);
        (await convo.SendAsync("Partner")).ShouldContain(CheckInMessages.AskWhat);
    }
}
