using Microsoft.Extensions.Time.Testing;
using TrustBot.Dialogs.Progress;
using TrustBot.Tests.CheckIn;
using TrustBot.Tests.History;
using TrustBot.Tests.Turns;

namespace TrustBot.Tests.Progress;

public sealed class ReflectionTranscriptTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 18, 0, 0, TimeSpan.Zero);

    private static async Task<(TestConversation Convo, FakeTimeProvider Time)> WelcomedAsync()
    {
        var time = new FakeTimeProvider(Start);
        var convo = new TestConversation(time: time);
        await CheckInTranscriptTests.WelcomeAndStartAsync(convo);
        await convo.SendAsync("cancel");
        return (convo, time);
    }

    [Fact]
    public async Task OfferedAfterTwoWeeksOfCheckIns_AndNotAgainTheNextDay()
    {
        var (convo, time) = await WelcomedAsync();
        await using var _ = convo;
        time.Advance(TimeSpan.FromDays(1));
        (await HistoryScaleTests.CheckInAsync(convo)).ShouldNotContain(ReflectionMessages.Offer);

        time.Advance(TimeSpan.FromDays(13));
        var offer = await HistoryScaleTests.CheckInAsync(convo);
        offer.ShouldContain(ReflectionMessages.Offer);
        Assert.Equal([ReflectionMessages.YesButton, ReflectionMessages.NotNowButton], offer.Buttons());

        (await convo.SendAsync(ReflectionMessages.YesButton)).ShouldContain("I feel safer in close relationships");
        (await convo.SendAsync("4")).ShouldContain("I notice trustworthy behaviour more easily");
        (await convo.SendAsync("skip")).ShouldContain("I can set boundaries without pulling away");
        (await convo.SendAsync("9")).ShouldContain(ReflectionMessages.Retry);
        (await convo.SendAsync("3")).ShouldContain("I feel less guarded");
        (await convo.SendAsync("2")).ShouldContain("I ask for help when I need it");
        (await convo.SendAsync("5")).ShouldContain(ReflectionMessages.Thanks);

        time.Advance(TimeSpan.FromDays(1));
        (await HistoryScaleTests.CheckInAsync(convo)).ShouldNotContain(ReflectionMessages.Offer);
        var progress = await convo.SendAsync("my progress");
        progress.ShouldNotContain(ReflectionMessages.Offer);
        progress.ShouldContain("I feel safer in close relationships: 4; I can set boundaries without pulling away: 3; I feel less guarded: 2; I ask for help when I need it: 5");

        // Two weeks after that offer, "my progress" offers the next one, and the change shows.
        time.Advance(TimeSpan.FromDays(13));
        (await convo.SendAsync("my progress")).ShouldContain(ReflectionMessages.Offer);
        foreach (var rating in new[] { ReflectionMessages.YesButton, "5", "4", "4", "3" })
        {
            await convo.SendAsync(rating);
        }

        (await convo.SendAsync("5")).ShouldContain(ReflectionMessages.Thanks);
        (await convo.SendAsync("my progress")).ShouldContain("I feel safer in close relationships: 4 then 5");
    }

    [Fact]
    public async Task NotNow_IsRespectedForTwoWeeks()
    {
        var (convo, time) = await WelcomedAsync();
        await using var _ = convo;
        time.Advance(TimeSpan.FromDays(15));
        (await HistoryScaleTests.CheckInAsync(convo)).ShouldContain(ReflectionMessages.Offer);
        (await convo.SendAsync("not now")).ShouldContain(ReflectionMessages.NotNow);

        time.Advance(TimeSpan.FromDays(1));
        (await HistoryScaleTests.CheckInAsync(convo)).ShouldNotContain(ReflectionMessages.Offer);
        (await convo.SendAsync("my progress")).ShouldNotContain(ReflectionMessages.Offer);
    }
}
