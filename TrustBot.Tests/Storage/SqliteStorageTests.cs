using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Tests.Storage;

/// <summary>SQLite specifics: the file, durability, and concurrency.</summary>
public sealed class SqliteStorageTests : IDisposable
{
    private readonly TempSqliteDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task FirstWrite_CreatesTheFolderAndAWalModeDatabase()
    {
        Assert.False(Directory.Exists(_database.Folder));

        await _database.OpenStorage().WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("{}", null) }, CancellationToken.None);

        Assert.True(File.Exists(_database.Options.DatabasePath));
        await using var connection = new SqliteConnection($"Data Source={_database.Options.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Data_SurvivesReopening()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));
        var etags = await _database.OpenStorage(time).WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("{\"v\":1}", null) }, CancellationToken.None);

        var reopened = _database.OpenStorage();
        var items = await reopened.ReadAsync(["k"], CancellationToken.None);

        Assert.Equal("{\"v\":1}", items["k"].Json);
        Assert.Equal(etags["k"], items["k"].ETag);
        await Assert.ThrowsAsync<StorageConflictException>(() =>
            reopened.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("{\"v\":2}", null) }, CancellationToken.None));
    }

    [Fact]
    public async Task TwoProcessesWritingWithTheSameETag_ExactlyOneWins()
    {
        var first = _database.OpenStorage();
        var etag = (await first.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("{\"v\":0}", null) }, CancellationToken.None))["k"];
        var writers = Enumerable.Range(1, 10).Select(i => _database.OpenStorage()).ToList();

        var results = await Task.WhenAll(writers.Select((storage, i) => Task.Run(async () =>
        {
            try
            {
                await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new($"{{\"v\":{i + 1}}}", etag) }, CancellationToken.None);
                return true;
            }
            catch (StorageConflictException)
            {
                return false;
            }
        })));

        Assert.Equal(1, results.Count(r => r));
        var winner = results.ToList().IndexOf(true) + 1;
        Assert.Equal($"{{\"v\":{winner}}}", (await first.ReadAsync(["k"], CancellationToken.None))["k"].Json);
    }

    [Fact]
    public async Task TwentyConcurrentTurnsOnOneConversation_NeverLoseAnUpdate()
    {
        var storage = _database.OpenStorage();
        var conversationState = new ConversationState(storage);
        var userState = new UserState(storage);
        var adapter = new BotAdapter(
            new CountingBot(conversationState, userState),
            [new AutoSaveStateMiddleware(conversationState, userState)],
            TimeProvider.System,
            NullLogger<BotAdapter>.Instance);
        var sender = new NullSender();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => adapter.ProcessActivityAsync(
            new Activity
            {
                Type = ActivityTypes.Message,
                Id = $"m{i}",
                ChannelId = "msteams",
                Conversation = new ConversationAccount { Id = "a:conv" },
                From = new ChannelAccount { Id = "29:user" },
                Recipient = new ChannelAccount { Id = "28:bot" },
                Text = "hi",
            },
            sender,
            CancellationToken.None))));

        var stored = await storage.ReadAsync(["msteams/conversations/a:conv", "msteams/users/29:user"], CancellationToken.None);
        Assert.Equal(20, (int)JsonNode.Parse(stored["msteams/conversations/a:conv"].Json)!["count"]!["value"]!);
        Assert.Equal(20, (int)JsonNode.Parse(stored["msteams/users/29:user"].Json)!["count"]!["value"]!);
        Assert.Equal(0, sender.Apologies);
    }

    private sealed class NullSender : IActivitySender
    {
        public int Apologies { get; private set; }

        public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
        {
            // The only thing the counting bot could send is the adapter's apology after a failed turn.
            Apologies++;
            return Task.FromResult(new ResourceResponse(null));
        }

        public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken) => SendAsync(activity, cancellationToken);

        public Task DeleteAsync(Activity reference, string activityId, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
