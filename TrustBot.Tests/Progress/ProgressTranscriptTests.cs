using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Progress;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Scheduling;
using TrustBot.Tests.CheckIn;
using TrustBot.Tests.History;
using TrustBot.Tests.Turns;

namespace TrustBot.Tests.Progress;

public sealed class ProgressTranscriptTests
{
    private static async Task<TestConversation> WelcomedAsync(bool consent = true, FakeTimeProvider? time = null, MemoryFollowUpOutcomeStore? outcomes = null)
    {
        var convo = new TestConversation(time: time, configure: s =>
        {
            if (outcomes is not null)
            {
                s.AddSingleton<IFollowUpOutcomeStore>(outcomes);
            }
        });
        await CheckInTranscriptTests.WelcomeAndStartAsync(convo, consent);
        await convo.SendAsync("cancel");
        return convo;
    }

    [Fact]
    public async Task NoCheckInsYet_SaysWhereProgressStarts()
    {
        await using var convo = await WelcomedAsync();
        var reply = await convo.SendAsync("my progress");
        reply.ShouldContain(ProgressMessages.NoCheckIns);
        Assert.Empty(reply.SelectMany(a => a.Attachments ?? []));
    }

    [Fact]
    public async Task WithoutConsent_ExplainsThereIsNoHistory_WithoutBlame()
    {
        await using var convo = await WelcomedAsync(consent: false);
        (await convo.SendAsync("How am I doing?")).ShouldContain(ProgressMessages.NotStored);
    }

    [Fact]
    public async Task OneCheckIn_IsSummarisedInWords()
    {
        await using var convo = await WelcomedAsync();
        await HistoryScaleTests.CheckInAsync(convo, before: 6, after: 4);
        var reply = await convo.SendAsync("my progress");
        reply.ShouldContain("Last 7 days: 1 check-in on 1 day.");
        reply.ShouldContain("Last 30 days: 1 check-in on 1 day.");
        reply.ShouldContain("anxious (1)");
        reply.ShouldContain("started at 6 out of 10 and eased to 4 by the end");
        reply.ShouldContain("No reply / on read (1)");
        reply.ShouldNotContain("in a row");
    }

    [Fact]
    public async Task ManyCheckIns_CountTheWeekAndMonth_TheStepsTried_AndStreaksKindly()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 14, 0, 0, TimeSpan.Zero));
        var outcomes = new MemoryFollowUpOutcomeStore();
        await using var convo = await WelcomedAsync(time: time, outcomes: outcomes);

        // Days 0-9 and then a gap, then the last four days in a row: 14 check-ins over 20 days.
        foreach (var day in new[] { 0, 1, 2, 4, 6, 7, 9, 10, 12, 13, 16, 17, 18, 19 })
        {
            time.SetUtcNow(new DateTimeOffset(2026, 11, 2, 14, 0, 0, TimeSpan.Zero).AddDays(day));
            await HistoryScaleTests.CheckInAsync(convo, before: 7, after: day % 2 == 0 ? 4 : 5, feeling: day < 12 ? "anxious" : "jealous");
            await convo.SendAsync("not now");
        }

        var last = convo.Services.GetRequiredService<Dialogs.History.PersonHistory>();
        var records = await last.ReadCheckInsAsync(convo.ChannelId, convo.UserId, DateTimeOffset.MinValue, CancellationToken.None);
        await outcomes.RecordAsync(new FollowUpOutcome(convo.ChannelId, convo.UserId, records[^1].Id, FollowUpOutcome.DidIt, null, 6, time.GetUtcNow()), CancellationToken.None);
        await outcomes.RecordAsync(new FollowUpOutcome(convo.ChannelId, convo.UserId, records[^2].Id, FollowUpOutcome.NotYet, null, null, time.GetUtcNow()), CancellationToken.None);

        var reply = await convo.SendAsync("my progress");
        reply.ShouldContain("Last 7 days: 5 check-ins on 5 days.");
        reply.ShouldContain("Last 30 days: 14 check-ins on 14 days.");
        reply.ShouldContain("jealous (5)");
        reply.ShouldContain("anxious (8), jealous (6)");
        reply.ShouldContain("you did it");
        reply.ShouldContain("not yet, and that's okay");
        reply.ShouldContain("4 days in a row");
        reply.ShouldNotContain("missed");
        reply.ShouldNotContain("broke");
    }

    [Fact]
    public async Task ThreeCheckInsGettingWorse_AreNamedGently_WithTheOfferOfAPerson_AndNoPraise()
    {
        await using var convo = await WelcomedAsync();
        await HistoryScaleTests.CheckInAsync(convo, after: 3);
        await HistoryScaleTests.CheckInAsync(convo, after: 4);
        await HistoryScaleTests.CheckInAsync(convo, after: 5);
        await convo.SendAsync(EscalationMessages.KeepGoingButton);

        var reply = await convo.SendAsync("my progress");
        reply.ShouldContain(ProgressMessages.Worsening);
        reply.ShouldContain(EscalationMessages.DistressOffer);
        Assert.Contains(EscalationMessages.PersonButton, reply.Buttons());
        reply.ShouldNotContain("in a row");
        reply.ShouldNotContain("Showing up for yourself");
    }

    [Fact]
    public async Task AfterACrisis_ProgressIsWordsOnly_WithoutCelebration()
    {
        await using var convo = await WelcomedAsync();
        await HistoryScaleTests.CheckInAsync(convo);
        await HistoryScaleTests.CheckInAsync(convo);
        await convo.SendAsync("I want to kill myself");

        var reply = await convo.SendAsync("my progress");
        reply.ShouldContain("Last 7 days: 2 check-ins");
        reply.ShouldNotContain("Showing up for yourself");
        reply.ShouldNotContain(ReflectionMessages.Offer);
        Assert.DoesNotContain(reply.SelectMany(a => a.Attachments ?? []), a => a.ContentType?.StartsWith("image/", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task MidCheckIn_ShowsProgressAndAsksTheSameQuestionAgain()
    {
        await using var convo = await WelcomedAsync();
        await HistoryScaleTests.CheckInAsync(convo);
        await convo.SendAsync("check in");
        await convo.SendAsync("anxious");
        var reply = await convo.SendAsync("my progress");
        reply.ShouldContain("Last 7 days: 1 check-in");
        reply.ShouldContain("How strong is the feeling");
        (await convo.SendAsync("5")).ShouldContain(CheckInMessages.AskWho);
    }

    [Theory]
    [InlineData("my progess")]
    [InlineData("My progres")]
    [InlineData("show my progress")]
    [InlineData("Show my progess!")]
    [InlineData("How am I doing?")]
    [InlineData("how am i doing so far")]
    [InlineData("progess")]
    [InlineData("please show me my progress")]
    public async Task TyposAndVariantsPeopleType_ReachMyProgress(string typed)
    {
        await using var convo = await WelcomedAsync();
        await HistoryScaleTests.CheckInAsync(convo, before: 6, after: 4);
        (await convo.SendAsync(typed)).ShouldContain("Last 7 days: 1 check-in on 1 day.");
    }

    [Fact]
    public async Task AnAnswerThatOnlyMentionsProgress_IsNotTakenAsTheCommand()
    {
        await using var convo = await WelcomedAsync();
        await convo.SendAsync("check in");
        await convo.SendAsync("anxious");
        await convo.SendAsync("6");
        await convo.SendAsync("Partner");
        var reply = await convo.SendAsync("he asked about my progress at work");
        reply.ShouldNotContain("Last 7 days");
        reply.ShouldNotContain(ProgressMessages.NoCheckIns);
    }

    [Fact]
    public async Task Help_ListsMyProgressAndTheReflection()
    {
        await using var convo = await WelcomedAsync();
        var reply = await convo.SendAsync("help");
        reply.ShouldContain("**my progress**");
        reply.ShouldContain("**reflect**");
        (await convo.SendAsync("my progress")).ShouldContain(ProgressMessages.NoCheckIns);
    }

    [Fact]
    public async Task Reflect_StartsTheRatingsAtOnce_AndTheTwoWeekOfferWaitsAgain()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 14, 0, 0, TimeSpan.Zero));
        await using var convo = await WelcomedAsync(time: time);
        await HistoryScaleTests.CheckInAsync(convo);
        time.Advance(TimeSpan.FromDays(13));
        var first = await convo.SendAsync("reflect");
        first.ShouldContain("1 of 5.");
        first.ShouldNotContain(ReflectionMessages.Offer);
        foreach (var rating in new[] { "4", "3", "skip", "2" })
        {
            await convo.SendAsync(rating);
        }

        (await convo.SendAsync("5")).ShouldContain(ReflectionMessages.Thanks);

        // Fifteen days after they started, but two days after their own reflection: no offer yet.
        time.Advance(TimeSpan.FromDays(2));
        (await HistoryScaleTests.CheckInAsync(convo)).ShouldNotContain(ReflectionMessages.Offer);
        (await convo.SendAsync("my progress")).ShouldContain("I feel safer in close relationships: 4");
    }

    [Fact]
    public async Task Reflect_MidCheckIn_SaysWhen_AndAsksTheSameQuestionAgain()
    {
        await using var convo = await WelcomedAsync();
        await convo.SendAsync("check in");
        var reply = await convo.SendAsync("reflect");
        reply.ShouldContain(ReflectionMessages.AfterThis);
        reply.ShouldContain("How are you feeling right now?");
    }
}
