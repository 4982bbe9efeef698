using Microsoft.Data.Sqlite;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Handoff;
using TrustBot.Handoff;
using TrustBot.Storage;
using TrustBot.Tests.Storage;
using TrustBot.Tests.Turns;

namespace TrustBot.Tests.Handoff;

public sealed class SqliteHandoffStoreTests : IDisposable
{
    private readonly TempSqliteDatabase _database = new();
    private readonly List<IDisposable> _opened = [];

    /// <summary>A store over the same file, as a restarted host would open it.</summary>
    private SqliteHandoffStore OpenStore()
    {
        var factory = new SqliteConnectionFactory(Microsoft.Extensions.Options.Options.Create(_database.Options), [SqliteHandoffStore.Schema]);
        _opened.Add(factory);
        return new SqliteHandoffStore(factory);
    }

    [Fact]
    public async Task LiveHandoff_SurvivesARestart_RelayAndEndStillWork()
    {
        var state = new MemoryStorage();
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        string requestId;
        await using (var before = HandoffConversation.Create(OpenStore(), time: time, stateStorage: state))
        {
            await before.SendAsync("cancel");
            await before.SendAsync("talk to a person");
            requestId = (await before.OpenRequestAsync()).Id;
            await before.Coordinator().AcceptAsync(requestId, HandoffConversation.Alex, CancellationToken.None);
        }

        await using var after = HandoffConversation.Create(OpenStore(), time: time, stateStorage: state);
        Assert.Empty(await after.SendAsync("are you still there?"));
        Assert.Equal("are you still there?", (await after.HandoffStore().ListMessagesAsync(requestId, 0, CancellationToken.None)).Single().Text);
        await after.Coordinator().SendAsync(requestId, HandoffConversation.Alex, "Yes, I'm here.", CancellationToken.None);
        after.Proactive().TakeNew().ShouldContain("Alex (therapist): Yes, I'm here.");
        Assert.Equal(HandoffActionResult.Done, await after.Coordinator().EndAsync(requestId, HandoffConversation.Alex, CancellationToken.None));
        after.Proactive().TakeNew().ShouldContain(HandoffMessages.Ended("Alex"));
    }

    [Fact]
    public async Task StatusChanges_AreCompareAndSet_AndDeleteRemovesRequestsAndMessages()
    {
        var store = OpenStore();
        var request = new HandoffRequest
        {
            Id = HumanHandoff.NewRequestId(),
            ChannelId = "msteams",
            UserId = "u1",
            Reference = new TrustBot.Dialogs.Protocol.ConversationReference { ChannelId = "msteams" },
            Urgency = HandoffUrgency.Crisis,
            RequestedAt = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero),
            Summary = "- 2 Nov: felt anxious",
        };
        await store.AddAsync(request, CancellationToken.None);
        Assert.True(await store.TryUpdateAsync(request with { Status = HandoffStatus.Live, StaffId = "a" }, HandoffStatus.Waiting, CancellationToken.None));
        Assert.False(await store.TryUpdateAsync(request with { Status = HandoffStatus.Live, StaffId = "b" }, HandoffStatus.Waiting, CancellationToken.None));
        Assert.Equal("a", (await OpenStore().GetAsync(request.Id, CancellationToken.None))!.StaffId);

        await store.AddMessageAsync(request.Id, request.RequestedAt, HandoffSpeaker.Person, "hello", crisisAlert: false, CancellationToken.None);
        var export = await store.ExportAsync("msteams", "u1", CancellationToken.None);
        Assert.Equal("hello", export![0]!["messages"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("- 2 Nov: felt anxious", export[0]!["sharedSummary"]!.GetValue<string>());

        await store.DeleteAsync("msteams", "u1", CancellationToken.None);
        Assert.Null(await store.GetAsync(request.Id, CancellationToken.None));
        Assert.Empty(await store.ListMessagesAsync(request.Id, 0, CancellationToken.None));
        Assert.Null(await store.ExportAsync("msteams", "u1", CancellationToken.None));
    }

    public void Dispose()
    {
        foreach (var item in _opened)
        {
            item.Dispose();
        }

        SqliteConnection.ClearAllPools();
        _database.Dispose();
    }
}
