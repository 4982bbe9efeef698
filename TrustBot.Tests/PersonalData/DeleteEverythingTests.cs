using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrustBot.Dialogs;
using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Commands;
using TrustBot.Dialogs.History;
using TrustBot.Dialogs.Scheduling;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Turns;
using TrustBot.Dialogs.Welcome;
using TrustBot.DirectLine;
using TrustBot.Scheduling;
using TrustBot.Storage;
using TrustBot.Tests.DirectLine;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.PersonalData;

/// <summary>
/// "Delete my data" leaves nothing behind: after a check-in with a word nobody else uses, a crisis moment,
/// a finished check-in in the history table, a schedule with its Quartz trigger, a waiting prompt in the outbox, a follow-up
/// in their words and an export, no table and no byte of the database, -wal or -shm file holds the person's
/// ids, name, address or that word.
/// </summary>
public sealed class DeleteEverythingTests
{
    [Fact]
    public async Task OverApiMessages_DeleteRemovesStateReferenceAndAuditFromEveryTableAndFile()
    {
        var word = "quillfeather" + Guid.NewGuid().ToString("N")[..8];
        var person = new Person("user-" + Guid.NewGuid().ToString("N"), "Name" + Guid.NewGuid().ToString("N")[..10], "conv-" + Guid.NewGuid().ToString("N"),
            $"http://localhost:1/{Guid.NewGuid():N}/");
        await using var host = new TrustBotHostFactory().WithSqliteStorage();
        using var http = host.CreateClient();
        var database = Path.Combine(host.DataFolder!, "trustbot.db");

        await WalkCheckInAsync(async text => Texts(await person.SendAsync(http, text)), word);
        await AddScheduleOutboxAndFollowUpAsync(host, person, word);
        var export = await person.SendAsync(http, "export my data");
        var beforeDelete = await ScanAsync(host, database, person.Needles(word));
        var scheduler = host.Services.GetRequiredService<QuartzCheckInScheduler>();
        var triggersBefore = await scheduler.TriggerKeysAsync("emulator", person.UserId, CancellationToken.None);
        Assert.Contains(CommandMessages.DeleteQuestion, Texts(await person.SendAsync(http, "delete my data")));
        var confirmation = await person.SendAsync(http, CommandMessages.DeleteYes);
        var afterDelete = await ScanAsync(host, database, person.Needles(word));

        var exported = ExportedJson(export);
        Assert.Equal(person.UserId, exported["conversationReferences"]!["reference"]!["user"]!["id"]!.GetValue<string>());
        Assert.Equal(person.ServiceUrl, exported["conversationReferences"]!["reference"]!["serviceUrl"]!.GetValue<string>());
        Assert.NotNull(exported["safetyAudit"]);
        Assert.Contains($"safety_audit:{person.UserId}", beforeDelete);
        Assert.Contains($"items:{word}", beforeDelete);
        Assert.Contains($"items:{person.ServiceUrl}", beforeDelete);
        Assert.Contains($"person_history:{word}", beforeDelete);
        Assert.Contains($"checkin_schedules:{person.UserId}", beforeDelete);
        Assert.Contains($"checkin_outbox:{person.UserId}", beforeDelete);
        Assert.Contains($"checkin_followups:{word}", beforeDelete);
        Assert.NotEmpty(triggersBefore);
        Assert.Empty(await scheduler.TriggerKeysAsync("emulator", person.UserId, CancellationToken.None));
        Assert.Contains(CommandMessages.Deleted, Texts(confirmation));
        Assert.Empty(afterDelete);
    }

    [Fact]
    public async Task OverDirectLine_TheConfirmationArrives_ThenTheConversationIsErasedFromEveryTableAndFile()
    {
        var word = "marrowlight" + Guid.NewGuid().ToString("N")[..8];
        await using var host = TrustBotHostFactory.ForDirectLine().WithServices(services =>
        {
            services.RemoveAll<IBot>();
            services.AddSingleton<IBot, TrustBotHandler>();
        });
        var client = new DirectLineTestClient(host.CreateClient());
        var pageUser = Guid.NewGuid().ToString("N");
        var page = await client.PageTokenAsync(pageUser);
        var token = (string)page["token"]!;
        var conversationId = (string)page["conversationId"]!;
        using (var start = await client.SendAsync(HttpMethod.Post, $"{DirectLineTestClient.Base}/conversations", token))
        {
            token = (string)(await DirectLineTestClient.ReadAsync(start))["token"]!;
        }

        var name = "Name" + Guid.NewGuid().ToString("N")[..10];
        var sent = 0;
        async Task<List<string?>> SendAsync(string text)
        {
            var before = (await client.GetActivitiesAsync(conversationId, token))["activities"]!.AsArray().Count;
            var body = new JsonObject { ["type"] = "message", ["text"] = text, ["from"] = new JsonObject { ["id"] = "dl_" + pageUser, ["name"] = name }, ["channelData"] = new JsonObject { ["clientActivityID"] = "c" + sent++ } };
            using var post = await client.SendAsync(HttpMethod.Post, $"{DirectLineTestClient.Base}/conversations/{conversationId}/activities", token, body.ToJsonString());
            post.EnsureSuccessStatusCode();
            var after = DirectLineTestClient.Texts(await client.GetActivitiesAsync(conversationId, token));
            return after.Skip(before + 1).ToList();
        }

        await WalkCheckInAsync(async text => await SendAsync(text), word, joined: true);
        var needles = new[] { "dl_" + pageUser, pageUser, conversationId, name, word };
        var database = Path.Combine(host.DataFolder!, "trustbot.db");
        var beforeDelete = await ScanAsync(host, database, needles);
        Assert.Contains(CommandMessages.DeleteQuestion, await SendAsync("delete my data"));
        await SendAsync(CommandMessages.DeleteYes);
        var delivered = DirectLineTestClient.Texts(await client.GetActivitiesAsync(conversationId, token));
        var stillOpen = await host.Services.GetRequiredService<DirectLineStore>().GetConversationAsync(conversationId, CancellationToken.None);

        // The erasure is due once the confirmation window has passed; the pass also runs on the service's own timer.
        host.Time.Advance(TimeSpan.FromMinutes(2));
        await host.Services.GetRequiredService<DirectLineErasureService>().RunOnceAsync(CancellationToken.None);
        var erased = await host.Services.GetRequiredService<DirectLineStore>().GetConversationAsync(conversationId, CancellationToken.None);
        var afterErasure = await ScanAsync(host, database, needles);

        Assert.Contains($"directline_activities:{word}", beforeDelete);
        Assert.Contains($"directline_conversations:dl_{pageUser}", beforeDelete);
        Assert.Equal([CommandMessages.Deleted], delivered);
        Assert.NotNull(stillOpen);
        Assert.Null(erased);
        Assert.Empty(afterErasure);
    }

    /// <summary>The welcome, a check-in carrying <paramref name="word"/> in the person's own words, and a crisis moment.</summary>
    private static async Task WalkCheckInAsync(Func<string, Task<IEnumerable<string?>>> send, string word, bool joined = false)
    {
        if (!joined)
        {
            Assert.Contains("I'm TrustBot", string.Join("\n", await send("hi")), StringComparison.Ordinal);
        }

        foreach (var text in new[] { WelcomeMessages.ConsentYes, "yes", "yes", WelcomeMessages.StartButton, "anxious", "6", "Partner" })
        {
            await send(text);
        }

        foreach (var text in new[] { $"they forgot the {word} dinner again", $"they think {word} things about me", "skip", "1", "Now", "3" })
        {
            await send(text);
        }

        Assert.Contains(SafetyMessages.AreYouSafe, string.Join("\n", await send("I want to kill myself tonight")));
        await send(SafetyMessages.SafeNow);
    }

    /// <summary>
    /// What a person who uses everything also has: a daily schedule (its row and its Quartz trigger), a
    /// prompt waiting in the outbox (a channel that did not answer) and a follow-up outcome in their own words.
    /// </summary>
    private static async Task AddScheduleOutboxAndFollowUpAsync(TrustBotHostFactory host, Person person, string word)
    {
        var services = host.Services;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        const string channelId = "emulator";
        await services.GetRequiredService<ICheckInScheduler>().SaveAsync(
            new CheckInSchedule { ChannelId = channelId, UserId = person.UserId, ConversationId = person.ConversationId, TimeZoneId = "Europe/London", UpdatedAt = now },
            CancellationToken.None);
        var due = now.AddHours(1);
        Assert.True(await services.GetRequiredService<CheckInOutbox>().TryAddAsync(
            new OutboxEntry(CheckInOutbox.KeyFor(PromptKind.CheckIn, channelId, person.UserId, due), channelId, person.UserId, person.ConversationId, PromptKind.CheckIn, due, 1, now),
            CancellationToken.None));
        // The walk's check-in is interrupted by the crisis, so a finished one of an earlier day goes into the history table.
        var checkIn = new CheckInRecord { Id = "earlier-" + word, StartedAt = now.AddDays(-1), CompletedAt = now.AddDays(-1), Feeling = "anxious", Thought = $"they never {word} with me" };
        await services.GetRequiredService<PersonHistory>().AppendCheckInAsync(channelId, person.UserId, checkIn, CancellationToken.None);
        await services.GetRequiredService<IFollowUpOutcomeStore>().RecordAsync(
            new FollowUpOutcome(channelId, person.UserId, checkIn.Id, FollowUpOutcome.DidIt, $"the {word} talk went well", 7, now),
            CancellationToken.None);
    }

    private static async Task<List<string>> ScanAsync(TrustBotHostFactory host, string database, IReadOnlyCollection<string> needles)
    {
        await host.Services.GetRequiredService<SqliteEraser>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return await StoredDataScanner.FindAsync(database, needles);
    }

    private static List<string?> Texts(JsonArray replies) => [.. replies.Select(r => r?["text"]?.GetValue<string>())];

    private static JsonNode ExportedJson(JsonArray replies)
    {
        var url = replies.Select(r => r?["attachments"]?[0]?["contentUrl"]?.GetValue<string>()).Single(u => u is not null)!;
        return JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(url["data:application/json;base64,".Length..])))!;
    }

    private sealed record Person(string UserId, string Name, string ConversationId, string ServiceUrl)
    {
        public string[] Needles(string word) => [UserId, Name, ConversationId, ServiceUrl, word];

        public async Task<JsonArray> SendAsync(HttpClient http, string text)
        {
            var activity = new JsonObject
            {
                ["type"] = "message",
                ["id"] = Guid.NewGuid().ToString("N"),
                ["channelId"] = "emulator",
                ["serviceUrl"] = ServiceUrl,
                ["deliveryMode"] = "expectReplies",
                ["from"] = new JsonObject { ["id"] = UserId, ["name"] = Name },
                ["recipient"] = new JsonObject { ["id"] = "bot" },
                ["conversation"] = new JsonObject { ["id"] = ConversationId },
                ["locale"] = "en-US",
                ["text"] = text,
            };
            using var response = await http.PostAsJsonAsync("/api/messages", activity);
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();
        }
    }
}
