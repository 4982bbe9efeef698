using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;
using TrustBot.Dialogs.Welcome;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.Messaging;

/// <summary>
/// A channel's redelivery of an activity runs the turn at most once, also across a restart, and a
/// turn's replies and its saved state succeed or fail together.
/// </summary>
public sealed class RedeliveryTests
{
    [Fact]
    public async Task RedeliveredAnswerAfterARestartOnTheSameDatabase_AdvancesTheDialogOnce()
    {
        var dataFolder = NewDataFolder();
        try
        {
            await using (var first = SqliteHost(dataFolder))
            {
                var person = new Person(first.CreateClient());
                await WalkToIntensityAsync(person);
                Assert.Contains(CheckInMessages.AskWho, await person.SayAsync("6", "answer-6"), StringComparison.Ordinal);
            }

            SqliteConnection.ClearAllPools();
            await using var second = SqliteHost(dataFolder);
            var again = new Person(second.CreateClient());

            // Teams resends the same activity; had it run again, "6" would answer "Who was it about?".
            Assert.Equal(string.Empty, await again.SayAsync("6", "answer-6"));
            Assert.Contains(CheckInMessages.AskWhat, await again.SayAsync("Friend"), StringComparison.Ordinal);
        }
        finally
        {
            DeleteDataFolder(dataFolder);
        }
    }

    [Fact]
    public async Task RetriedInvoke_GetsTheOriginalInvokeResponse_AlsoAfterARestart()
    {
        var dataFolder = NewDataFolder();
        try
        {
            await using (var first = SqliteHost(dataFolder).WithServices(UseInvokeCountingBot))
            {
                using var client = first.CreateClient();
                Assert.Equal(1, await InvokeAsync(client, "invoke-1"));
                Assert.Equal(1, await InvokeAsync(client, "invoke-1"));
            }

            SqliteConnection.ClearAllPools();
            await using var second = SqliteHost(dataFolder).WithServices(UseInvokeCountingBot);
            using var again = second.CreateClient();
            Assert.Equal(1, await InvokeAsync(again, "invoke-1"));
            Assert.Equal(2, await InvokeAsync(again, "invoke-2"));
        }
        finally
        {
            DeleteDataFolder(dataFolder);
        }
    }

    [Fact]
    public async Task ReplyThatCannotBeWritten_FailsTheTurnSoNothingIsSaved_AndTheRetryRunsIt()
    {
        await using var host = new TrustBotHostFactory().WithServices(services =>
        {
            services.RemoveAll<IBot>();
            services.AddSingleton<IBot, UnwritableReplyBot>();
            services.AddSingleton<ReplySwitch>();
        });
        var person = new Person(host.CreateClient());

        // The bot counts the turn in state and then sends a reply that cannot be serialized.
        var failed = await person.SayAsync(UnwritableReplyBot.Trigger, "bad-1");
        Assert.Equal(BotAdapter.ErrorReplyText, failed);

        // Nothing of the failed turn was saved, not even its activity id: the retry runs for real.
        host.Services.GetRequiredService<ReplySwitch>().Healed = true;
        Assert.Equal("turn 1", await person.SayAsync(UnwritableReplyBot.Trigger, "bad-1"));
        Assert.Equal("turn 2", await person.SayAsync("next"));
    }

    private static async Task WalkToIntensityAsync(Person person)
    {
        Assert.Contains(WelcomeMessages.AskConsent, await person.SayAsync("hi"), StringComparison.Ordinal);
        await person.SayAsync(WelcomeMessages.ConsentYes);
        await person.SayAsync("yes");
        await person.SayAsync("yes");
        Assert.Contains("How are you feeling right now?", await person.SayAsync(WelcomeMessages.StartButton), StringComparison.Ordinal);
        Assert.Contains("anxious, from 0", await person.SayAsync("anxious"), StringComparison.Ordinal);
    }

    private static async Task<int> InvokeAsync(HttpClient client, string id)
    {
        var activity = Person.Activity("invoke", id);
        activity["name"] = "test/count";
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (int)(await response.Content.ReadFromJsonAsync<JsonObject>())!["count"]!;
    }

    private static void UseInvokeCountingBot(IServiceCollection services)
    {
        services.RemoveAll<IBot>();
        services.AddSingleton<IBot, InvokeCountingBot>();
    }

    private static TrustBotHostFactory SqliteHost(string dataFolder) =>
        new TrustBotHostFactory().WithSetting("Storage:Provider", "Sqlite").WithSetting("Storage:DataFolder", dataFolder);

    private static string NewDataFolder() => Path.Combine(Path.GetTempPath(), "trustbot-redelivery-" + Guid.NewGuid().ToString("N"));

    private static void DeleteDataFolder(string dataFolder)
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataFolder))
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    /// <summary>One person on the emulator channel with expectReplies, choosing each activity's id.</summary>
    private sealed class Person(HttpClient client)
    {
        public async Task<string> SayAsync(string text, string? id = null)
        {
            var activity = Activity("message", id ?? Guid.NewGuid().ToString("N"));
            activity["text"] = text;
            activity["deliveryMode"] = "expectReplies";
            using var response = await client.PostAsJsonAsync("/api/messages", activity);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var replies = (await response.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();
            return string.Join("\n", replies.Select(r => (string?)r?["text"]).Where(t => t is not null));
        }

        public static JsonObject Activity(string type, string id) => new()
        {
            ["type"] = type,
            ["id"] = id,
            ["channelId"] = "emulator",
            ["serviceUrl"] = "http://localhost:1/",
            ["from"] = new JsonObject { ["id"] = "person-1" },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = "conversation-1" },
            ["locale"] = "en-US",
        };
    }

    /// <summary>Answers every invoke with how many invokes this conversation has run, counted in conversation state.</summary>
    private sealed class InvokeCountingBot(ConversationState conversationState) : IBot
    {
        private readonly StatePropertyAccessor<Counter> _count = conversationState.CreateProperty<Counter>("invokes");

        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            var count = ++_count.Get(turnContext).Value;
            turnContext.TurnState.Set(new InvokeResponse(200, new JsonObject { ["count"] = count }));
            return Task.CompletedTask;
        }
    }

    /// <summary>
    /// Counts turns in conversation state and replies with the count; until healed, the trigger's reply
    /// carries channelData nested deeper than the wire format allows, so it cannot be serialized.
    /// </summary>
    private sealed class UnwritableReplyBot(ConversationState conversationState, ReplySwitch replySwitch) : IBot
    {
        public const string Trigger = "write something odd";

        private readonly StatePropertyAccessor<Counter> _count = conversationState.CreateProperty<Counter>("turns");

        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            var count = ++_count.Get(turnContext).Value;
            var reply = MessageFactory.Text($"turn {count}");
            if (turnContext.Activity.Text == Trigger && !replySwitch.Healed)
            {
                var deep = new JsonObject();
                for (var level = 0; level < 70; level++)
                {
                    deep = new JsonObject { ["a"] = deep };
                }

                reply.ChannelData = deep;
            }

            return turnContext.SendActivityAsync(reply, cancellationToken);
        }
    }

    private sealed class ReplySwitch
    {
        public bool Healed { get; set; }
    }

    public sealed class Counter
    {
        public int Value { get; set; }
    }
}
