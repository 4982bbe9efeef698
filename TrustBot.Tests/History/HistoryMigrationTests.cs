using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Commands;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.History;
using TrustBot.Dialogs.Protocol;
using TrustBot.Tests.Turns;

namespace TrustBot.Tests.History;

public sealed class HistoryMigrationTests
{
    private static readonly DateTimeOffset Start = new(2025, 11, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A state document as the bot wrote it before the history table: every check-in, in full.</summary>
    internal static List<CheckInRecord> OldCheckIns(int count) => [.. Enumerable.Range(0, count).Select(i => new CheckInRecord
    {
        Id = $"old-{i:D3}",
        StartedAt = Start.AddDays(i),
        CompletedAt = Start.AddDays(i).AddMinutes(6),
        Feeling = i % 2 == 0 ? "anxious" : "jealous",
        CoreFeeling = "scared",
        IntensityBefore = 7,
        IntensityAfter = 4 + (i % 3),
        Who = "partner",
        Trigger = "no-reply",
        Thought = $"Thought number {i}: they are losing interest in me.",
        EvidenceFor = "They took five hours to answer",
        EvidenceAgainst = "They told me about back-to-back meetings",
        Reframe = "They might just be busy today",
        ActionId = "ask-directly",
        Action = "Ask how their day went",
        ActionWhen = "tomorrow",
    })];

    internal static async Task WriteOldDocumentAsync(IStorage storage, string key, IReadOnlyList<CheckInRecord> checkIns)
    {
        var profile = new JsonObject
        {
            ["consentGiven"] = true,
            ["welcomed"] = true,
            ["countryCode"] = "US",
            ["timeZoneId"] = "America/New_York",
            ["checkIns"] = JsonSerializer.SerializeToNode(checkIns, ProtocolJson.Options),
        };
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(new JsonObject { ["profile"] = profile }.ToJsonString(), null) }, CancellationToken.None);
    }

    private static async Task<JsonObject> ProfileNodeAsync(IStorage storage, string key) =>
        JsonNode.Parse((await storage.ReadAsync([key], CancellationToken.None))[key].Json)!["profile"]!.AsObject();

    [Fact]
    public async Task StartUp_MovesEveryCheckInIntoTheTable_AndIsIdempotent()
    {
        using var database = new HistoryDatabase(TimeProvider.System);
        var old = OldCheckIns(400);
        var key = UserState.KeyFor(ChannelIds.Test, "user1")!;
        await WriteOldDocumentAsync(database.Storage, key, old);
        await WriteOldDocumentAsync(database.Storage, UserState.KeyFor(ChannelIds.Test, "user2")!, OldCheckIns(2));
        var sizeBefore = (await database.Storage.ReadAsync([key], CancellationToken.None))[key].Json.Length;

        Assert.Equal(2, await database.StartupMigration().MigrateAllAsync(CancellationToken.None));
        Assert.Equal(0, await database.StartupMigration().MigrateAllAsync(CancellationToken.None));

        var moved = await database.History.ReadCheckInsAsync(ChannelIds.Test, "user1", DateTimeOffset.MinValue, CancellationToken.None);
        Assert.Equal(
            old.Select(c => JsonSerializer.Serialize(c, ProtocolJson.Options)),
            moved.Select(c => JsonSerializer.Serialize(c, ProtocolJson.Options)));
        Assert.Equal(2, (await database.History.ReadCheckInsAsync(ChannelIds.Test, "user2", DateTimeOffset.MinValue, CancellationToken.None)).Count);

        var profile = await ProfileNodeAsync(database.Storage, key);
        Assert.Equal(["old-397", "old-398", "old-399"], profile["checkIns"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()));
        Assert.Null(profile["checkIns"]![0]!["thought"]);
        Assert.Equal("America/New_York", profile["timeZoneId"]!.GetValue<string>());
        var sizeAfter = (await database.Storage.ReadAsync([key], CancellationToken.None))[key].Json.Length;
        Assert.True(sizeAfter < 4096, $"state after migration is {sizeAfter} bytes");
        Console.WriteLine($"Migrated 400 check-ins: state document {sizeBefore:N0} -> {sizeAfter:N0} bytes");
    }

    [Fact]
    public async Task OnRead_AnOldDocumentIsMigratedInTheTurnThatLoadsIt()
    {
        var time = new FakeTimeProvider(Start.AddDays(30));
        using var database = new HistoryDatabase(time);
        var key = UserState.KeyFor(ChannelIds.Test, "user1")!;
        await WriteOldDocumentAsync(database.Storage, key, OldCheckIns(25));
        await using var convo = new TestConversation(storage: database.Storage, time: time, configure: s => s.AddSingleton<IHistoryStore>(database.Store));

        (await convo.SendAsync("hello")).ShouldContain(CommandMessages.Idle);

        Assert.Equal(25, (await database.History.ReadCheckInsAsync(ChannelIds.Test, "user1", DateTimeOffset.MinValue, CancellationToken.None)).Count);
        var profile = await ProfileNodeAsync(database.Storage, key);
        Assert.Equal(3, profile["checkIns"]!.AsArray().Count);
        Assert.True(profile["historyInTable"]!.GetValue<bool>());
    }

    [Fact]
    public async Task OldDocumentWithAFewCheckIns_KeepsTheirFreeTextInTheTable()
    {
        var time = new FakeTimeProvider(Start.AddDays(3));
        using var database = new HistoryDatabase(time);
        await WriteOldDocumentAsync(database.Storage, UserState.KeyFor(ChannelIds.Test, "user1")!, OldCheckIns(2));
        await using var convo = new TestConversation(storage: database.Storage, time: time, configure: s => s.AddSingleton<IHistoryStore>(database.Store));
        await convo.SendAsync("hello");

        var record = await database.History.FindCheckInAsync(ChannelIds.Test, "user1", "old-001", CancellationToken.None);
        Assert.Equal("Thought number 1: they are losing interest in me.", record!.Thought);
        Assert.Equal("Ask how their day went", record.Action);
    }
}
