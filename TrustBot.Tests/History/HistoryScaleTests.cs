using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Commands;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.History;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Safety;
using TrustBot.Tests.CheckIn;
using TrustBot.Tests.Turns;
using Xunit.Abstractions;

namespace TrustBot.Tests.History;

public sealed class HistoryScaleTests(ITestOutputHelper output)
{
    /// <summary>One full check-in with the person's own words at every free-text step; the feeling ends at <paramref name="after"/>.</summary>
    internal static async Task<IReadOnlyList<Activity>> CheckInAsync(TestConversation convo, int before = 6, int after = 4, string feeling = "anxious")
    {
        (await convo.SendAsync("check in")).ShouldContain("How are you feeling right now?");
        IReadOnlyList<Activity> last = [];
        foreach (var answer in new[]
        {
            feeling, before.ToString(System.Globalization.CultureInfo.InvariantCulture), "Partner", "No reply / on read", "He's losing interest in me.",
            "He took five hours to answer", "He told me he had back-to-back meetings", "He might just be busy today", "1", "Tomorrow",
            after.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
        {
            last = await convo.SendAsync(answer);
        }

        last.ShouldContain(CheckInMessages.SavedNote);
        return last;
    }

    [Fact]
    public async Task AYearOfDailyCheckIns_KeepsStateUnder4KB_AndTheTurnFast()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 20, 0, 0, TimeSpan.Zero));
        using var database = new HistoryDatabase(time);
        await using var convo = new TestConversation(storage: database.Storage, time: time, configure: s => s.AddSingleton<IHistoryStore>(database.Store));
        await CheckInTranscriptTests.WelcomeAndStartAsync(convo);
        await convo.SendAsync("cancel");

        var key = UserState.KeyFor(convo.ChannelId, convo.UserId)!;
        var sizes = new List<int>();
        var turnTimes = new List<double>();
        for (var day = 0; day < 365; day++)
        {
            time.Advance(TimeSpan.FromDays(1));
            var watch = Stopwatch.StartNew();
            await CheckInAsync(convo);
            turnTimes.Add(watch.Elapsed.TotalMilliseconds / 12);
            sizes.Add(Encoding.UTF8.GetByteCount((await database.Storage.ReadAsync([key], CancellationToken.None))[key].Json));
        }

        var history = await database.History.ReadCheckInsAsync(convo.ChannelId, convo.UserId, DateTimeOffset.MinValue, CancellationToken.None);
        Assert.Equal(365, history.Count);
        Assert.Equal("He's losing interest in me.", history[^1].Thought);
        output.WriteLine($"user state after 1/30/365 check-ins: {sizes[0]} / {sizes[29]} / {sizes[364]} bytes (max {sizes.Max()})");
        output.WriteLine($"mean turn, check-ins 1-10: {turnTimes.Take(10).Average():F2} ms; check-ins 356-365: {turnTimes.TakeLast(10).Average():F2} ms");
        Assert.True(sizes.Max() < 4096, $"user state reached {sizes.Max()} bytes");
        Assert.Equal(sizes[100], sizes[364]); // flat once the recent summary and the reflection date are in
    }

    [Fact]
    public async Task ExportAndDelete_CoverTheHistoryTable()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 20, 0, 0, TimeSpan.Zero));
        using var database = new HistoryDatabase(time);
        await using var convo = new TestConversation(storage: database.Storage, time: time, configure: s => s.AddSingleton<IHistoryStore>(database.Store));
        await CheckInTranscriptTests.WelcomeAndStartAsync(convo);
        await convo.SendAsync("cancel");
        for (var day = 0; day < 5; day++)
        {
            time.Advance(TimeSpan.FromDays(1));
            await CheckInAsync(convo);
        }

        var export = await convo.SendAsync("export my data");
        export.ShouldContain("5 saved check-ins");
        var file = export.SelectMany(a => a.Attachments ?? []).Single();
        var data = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(file.ContentUrl!["data:application/json;base64,".Length..])))!;
        var exported = data["history"]!["checkIns"]!.AsArray();
        Assert.Equal(5, exported.Count);
        Assert.Equal("He's losing interest in me.", exported[0]!["thought"]!.GetValue<string>());

        await convo.SendAsync("delete my data");
        (await convo.SendAsync("yes")).ShouldContain(CommandMessages.Deleted);
        Assert.Empty(await database.History.ReadCheckInsAsync(convo.ChannelId, convo.UserId, DateTimeOffset.MinValue, CancellationToken.None));
    }

    [Fact]
    public async Task ThreeCheckInsGettingWorse_StillOfferAPerson_WithTheSlimSummary()
    {
        await using var convo = new TestConversation();
        await CheckInTranscriptTests.WelcomeAndStartAsync(convo);
        await convo.SendAsync("cancel");
        await CheckInAsync(convo, after: 3);
        await CheckInAsync(convo, after: 4);
        var third = await CheckInAsync(convo, after: 5);
        third.ShouldContain(EscalationMessages.DistressOffer);
        Assert.Contains(convo.AuditLog.Records, r => r.RuleId == "distress.worsening");
    }
}
