using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SkiaSharp;
using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.History;
using TrustBot.Dialogs.Progress;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Safety;
using TrustBot.Progress;
using TrustBot.Tests.Turns;
using Xunit.Abstractions;

namespace TrustBot.Tests.Progress;

public sealed class ProgressChartTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 18, 0, 0, TimeSpan.Zero);

    /// <summary>A person with 20 saved check-ins over the last 30 days, on the given channel, with the real chart renderer.</summary>
    private static async Task<TestConversation> SeededAsync(string channelId, bool worsening = false)
    {
        var storage = new MemoryStorage();
        var history = new MemoryHistoryStore();
        var records = Enumerable.Range(0, 20).Select(i => new CheckInRecord
        {
            Id = $"c{i}",
            StartedAt = Now.AddDays(-29 + i * 1.5),
            CompletedAt = Now.AddDays(-29 + i * 1.5).AddMinutes(5),
            Feeling = "anxious",
            IntensityBefore = 8 - (i % 4),
            IntensityAfter = worsening && i >= 17 ? i - 14 : 5 - (i % 3),
            Trigger = "no-reply",
        }).ToList();
        var persons = new PersonHistory(history);
        foreach (var record in records)
        {
            await persons.AppendCheckInAsync(channelId, "user1", record, CancellationToken.None);
        }

        var profile = new JsonObject
        {
            ["consentGiven"] = true,
            ["welcomed"] = true,
            ["historyInTable"] = true,
            ["createdAt"] = Now.AddDays(-1).ToString("O"),
            ["checkIns"] = JsonSerializer.SerializeToNode(records.TakeLast(3), ProtocolJson.Options),
        };
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [UserState.KeyFor(channelId, "user1")!] = new(new JsonObject { ["profile"] = profile }.ToJsonString(), null) }, CancellationToken.None);
        return new TestConversation(storage: storage, time: new FakeTimeProvider(Now), channelId: channelId, configure: s =>
        {
            s.AddSingleton<IHistoryStore>(history);
            s.AddSingleton<IProgressChart, ScottPlotProgressChart>();
        });
    }

    private static bool HasPicture(IEnumerable<Activity> reply) =>
        reply.SelectMany(a => a.Attachments ?? []).Any(a => a.ContentType == "image/png" || a.ContentType == ContentTypes.AdaptiveCard);

    [Theory]
    [InlineData(ChannelIds.WebChat)]
    [InlineData(ChannelIds.MsTeams)]
    public async Task ThreeCheckInsGettingWorse_NamedGentlyWithTheOfferOfAPerson_NoChartNoCelebration(string channelId)
    {
        await using var convo = await SeededAsync(channelId, worsening: true);
        var reply = await convo.SendAsync("my progress");
        reply.ShouldContain(ProgressMessages.Worsening);
        reply.ShouldContain(EscalationMessages.DistressOffer);
        Assert.Contains(EscalationMessages.PersonButton, reply.Buttons());
        Assert.False(HasPicture(reply));
        reply.ShouldNotContain("in a row");
        reply.ShouldNotContain("Showing up for yourself");
    }

    [Theory]
    [InlineData(ChannelIds.WebChat)]
    [InlineData(ChannelIds.MsTeams)]
    public async Task ACrisis_GetsNoChartOrCelebration_NotInItsTurn_NorInTheProgressAfterIt(string channelId)
    {
        await using var convo = await SeededAsync(channelId);
        Assert.True(HasPicture(await convo.SendAsync("my progress")), "a calm turn shows the chart");

        var crisis = await convo.SendAsync("I want to kill myself");
        crisis.ShouldContain(SafetyMessages.AreYouSafe);
        Assert.False(HasPicture(crisis));

        // Asked while the safety question waits, and again once they said they are safe.
        var waiting = await convo.SendAsync("my progress");
        Assert.False(HasPicture(waiting));
        waiting.ShouldContain(SafetyMessages.AreYouSafe);
        await convo.SendAsync(SafetyMessages.SafeNow);
        var after = await convo.SendAsync("my progress");
        after.ShouldContain(ProgressMessages.AfterCrisis);
        Assert.False(HasPicture(after));
        after.ShouldNotContain("in a row");
        after.ShouldNotContain("Showing up for yourself");
        after.ShouldNotContain(ReflectionMessages.Offer);
    }

    private SKBitmap Decode(string dataUri, int width, int height)
    {
        Assert.StartsWith("data:image/png;base64,", dataUri, StringComparison.Ordinal);
        var png = Convert.FromBase64String(dataUri["data:image/png;base64,".Length..]);
        var saved = Path.Combine(Path.GetTempPath(), $"trustbot-progress-chart-{width}.png");
        File.WriteAllBytes(saved, png);
        output.WriteLine($"chart PNG {width}x{height}: {png.Length:N0} bytes, data URI {dataUri.Length:N0} characters, saved to {saved}");
        var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(width, bitmap.Width);
        Assert.Equal(height, bitmap.Height);

        // Not a blank canvas: lines, markers and labels in several colours.
        var colours = new HashSet<SKColor>();
        for (var x = 0; x < bitmap.Width; x += 7)
        {
            for (var y = 0; y < bitmap.Height; y += 7)
            {
                colours.Add(bitmap.GetPixel(x, y));
            }
        }

        Assert.True(colours.Count > 10, $"only {colours.Count} colours");
        return bitmap;
    }

    [Fact]
    public async Task WebChat_GetsThePngAsAnImageAttachment_WithAltText()
    {
        await using var convo = await SeededAsync(ChannelIds.WebChat);
        var reply = await convo.SendAsync("my progress");
        reply.ShouldContain("Last 30 days: 20 check-ins");
        var image = reply.SelectMany(a => a.Attachments ?? []).Single(a => a.ContentType == "image/png");
        Assert.Equal(ProgressMessages.ChartAlt, image.Name);
        using var _ = Decode(image.ContentUrl!, ProgressChartAttachment.WebChatWidth, ProgressChartAttachment.WebChatHeight);
    }

    [Fact]
    public async Task Teams_GetsAnAdaptiveCardWithTheInlineImage_WithinTeamsLimits_AndATextAlternative()
    {
        await using var convo = await SeededAsync(ChannelIds.MsTeams);
        var reply = await convo.SendAsync("my progress");
        reply.ShouldContain("Last 30 days: 20 check-ins");
        var message = reply.Single(a => a.Attachments?.Any(x => x.ContentType == ContentTypes.AdaptiveCard) == true);
        var card = message.Attachments!.Single().Content!;
        var image = card["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "Image")!;

        // Teams renders Adaptive Cards up to 1.5, data URIs from 1.2; images up to 1024x1024; the reply within the strictest size limit.
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        var bytes = System.Text.Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(message, ProtocolJson.Options));
        output.WriteLine($"Teams chart reply: {bytes:N0} bytes of JSON (limit {ProgressChartAttachment.TeamsMaxActivityBytes:N0})");
        Assert.True(bytes <= ProgressChartAttachment.TeamsMaxActivityBytes - 1024, $"the Teams reply is {bytes:N0} bytes");
        var (width, height) = Assert.Single(ProgressChartAttachment.TeamsSizes, s => Fits(image, s));
        Assert.InRange(width, 1, 1024);
        Assert.InRange(height, 1, 1024);

        // The text alternative: alt text on the image, the card's fallback and speech, the message text, and the summary in words before it.
        Assert.Equal(ProgressMessages.ChartAlt, image["altText"]!.GetValue<string>());
        Assert.Equal(ProgressMessages.ChartAlt, card["fallbackText"]!.GetValue<string>());
        Assert.Equal(ProgressMessages.ChartAlt, card["speak"]!.GetValue<string>());
        Assert.Equal(ProgressMessages.ChartAlt, message.Text);
        Assert.True(reply.ToList().IndexOf(message) > 0, "the words come before the picture");

        // Inline data only: no URL anyone else could fetch.
        Assert.DoesNotContain("http", JsonSerializer.Serialize(message.Attachments, ProtocolJson.Options).Replace("http://adaptivecards.io/schemas/adaptive-card.json", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        using var _ = Decode(image["url"]!.GetValue<string>(), width, height);
    }

    [Fact]
    public void Teams_ChartThatNeverFits_IsLeftOut_SoTheWordsAnswerAlone()
    {
        var report = ProgressReport.Build([], [], [], [], Now, TimeZoneInfo.Utc);
        Assert.Null(ProgressChartAttachment.CreateMessage(new OversizedChart(), report, ChannelIds.MsTeams, ProgressMessages.ChartAlt));
        Assert.NotNull(ProgressChartAttachment.CreateMessage(new OversizedChart(), report, ChannelIds.WebChat, ProgressMessages.ChartAlt));
    }

    private static bool Fits(JsonNode image, (int Width, int Height) size)
    {
        using var bitmap = SKBitmap.Decode(Convert.FromBase64String(image["url"]!.GetValue<string>()["data:image/png;base64,".Length..]));
        return bitmap.Width == size.Width && bitmap.Height == size.Height;
    }

    /// <summary>A renderer whose picture is always far over Teams' limit (random bytes do not compress).</summary>
    private sealed class OversizedChart : IProgressChart
    {
        public ChartImage? Render(ProgressReport report, int width, int height) => new(System.Security.Cryptography.RandomNumberGenerator.GetBytes(64 * 1024), width, height);
    }
}
