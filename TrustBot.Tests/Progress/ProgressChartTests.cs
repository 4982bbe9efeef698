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
using TrustBot.Progress;
using TrustBot.Tests.Turns;
using Xunit.Abstractions;

namespace TrustBot.Tests.Progress;

public sealed class ProgressChartTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 18, 0, 0, TimeSpan.Zero);

    /// <summary>A person with 20 saved check-ins over the last 30 days, on the given channel, with the real chart renderer.</summary>
    private static async Task<TestConversation> SeededAsync(string channelId)
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
            IntensityAfter = 5 - (i % 3),
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

    private SKBitmap Decode(string dataUri)
    {
        Assert.StartsWith("data:image/png;base64,", dataUri, StringComparison.Ordinal);
        Assert.True(dataUri.Length < ProgressChartAttachment.MaxDataUriLength, $"data URI is {dataUri.Length} characters");
        var png = Convert.FromBase64String(dataUri["data:image/png;base64,".Length..]);
        var saved = Path.Combine(Path.GetTempPath(), "trustbot-progress-chart.png");
        File.WriteAllBytes(saved, png);
        output.WriteLine($"chart PNG {png.Length:N0} bytes, data URI {dataUri.Length:N0} characters, saved to {saved}");
        var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(ScottPlotProgressChart.Width, bitmap.Width);
        Assert.Equal(ScottPlotProgressChart.Height, bitmap.Height);

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
        using var _ = Decode(image.ContentUrl!);
    }

    [Fact]
    public async Task Teams_GetsAnAdaptiveCardWithTheInlineImage_AndAltText()
    {
        await using var convo = await SeededAsync(ChannelIds.MsTeams);
        var reply = await convo.SendAsync("my progress");
        var card = reply.SelectMany(a => a.Attachments ?? []).Single(a => a.ContentType == ContentTypes.AdaptiveCard).Content!;
        var image = card["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "Image")!;
        Assert.Equal(ProgressMessages.ChartAlt, image["altText"]!.GetValue<string>());
        Assert.Null(reply.SelectMany(a => a.Attachments ?? []).FirstOrDefault(a => a.ContentUrl?.StartsWith("http", StringComparison.Ordinal) == true));
        using var _ = Decode(image["url"]!.GetValue<string>());
    }
}
