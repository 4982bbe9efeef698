using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Scheduling;
using TrustBot.Scheduling;
using TrustBot.Tests.Hosting;
using TrustBot.Tests.Storage;

namespace TrustBot.Tests.Scheduling;

/// <summary>Scheduled prompts over real HTTP to a Bot Connector stand-in, through the real connector client.</summary>
public sealed class ProactiveDeliveryTests : IAsyncLifetime
{
    private const string User = "29:person";
    private readonly TempSqliteDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 1, 6, 0, 0, TimeSpan.Zero));
    private StandInServer _connector = null!;

    public async Task InitializeAsync() => _connector = await StandInServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        _database.Dispose();
    }

    private async Task<SchedulingHost> StartWithPersonAsync(bool validated = true)
    {
        var host = await SchedulingHost.StartAsync(_database, _time, recordDeliveries: false);
        await host.References.OnInboundActivityAsync(new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = ChannelIds.MsTeams,
            ServiceUrl = _connector.Url + "/amer",
            From = new ChannelAccount { Id = User },
            Recipient = new ChannelAccount { Id = "28:bot" },
            Conversation = new ConversationAccount { Id = "a:personal-1", ConversationType = "personal", TenantId = "tenant-1" },
        }, validated, CancellationToken.None);
        await host.SaveAsync(new CheckInSchedule
        {
            ChannelId = ChannelIds.MsTeams,
            UserId = User,
            ConversationId = "a:personal-1",
            LocalTime = new TimeOnly(9, 0),
            TimeZoneId = "Etc/UTC",
        });
        return host;
    }

    [Fact]
    public async Task TooManyRequestsThenServerErrorThenCreated_ThePersonGetsThePromptExactlyOnce()
    {
        _connector.Responder = (_, n) => n switch
        {
            1 => new StandInResponse(429, """{"error":{"code":"Throttled","message":"slow down"}}""", new Dictionary<string, string> { ["Retry-After"] = "0" }),
            2 => StandInResponse.Json(500, """{"error":{"code":"ServiceError","message":"oops"}}"""),
            _ => StandInServer.DefaultConnectorResponse(null!, n),
        };
        await using var host = await StartWithPersonAsync();
        await host.FireNextAsync(ChannelIds.MsTeams, User);
        Assert.Equal(2, _connector.Requests.Count);
        var key = CheckInOutbox.KeyFor(PromptKind.CheckIn, ChannelIds.MsTeams, User, new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero), CheckInTriggers.Regular);
        Assert.Equal(CheckInOutbox.Pending, await host.Outbox.StatusAsync(key, CancellationToken.None));

        // The outbox sweep retries it once the backoff has passed.
        _time.Advance(TimeSpan.FromMinutes(1));
        await host.Firings.NextAsync(CheckInTriggers.OutboxJob);
        Assert.Equal(CheckInOutbox.Sent, await host.Outbox.StatusAsync(key, CancellationToken.None));

        // Later sweeps find nothing to send again.
        _time.Advance(TimeSpan.FromMinutes(1));
        await host.Firings.NextAsync(CheckInTriggers.OutboxJob);
        Assert.Equal(3, _connector.Requests.Count);
        var delivered = _connector.Requests[^1];
        Assert.Equal("POST", delivered.Method);
        Assert.Equal("/amer/v3/conversations/a%3Apersonal-1/activities", delivered.RawPath);
        var body = JsonNode.Parse(delivered.Body)!;
        Assert.Equal(ScheduleMessages.Prompt, body["summary"]!.GetValue<string>());
        Assert.True(body["channelData"]!["notification"]!["alert"]!.GetValue<bool>());
        var buttons = body["attachments"]![0]!["content"]!["buttons"]!.AsArray().Select(b => b!["title"]!.GetValue<string>());
        Assert.Equal([ScheduleMessages.StartButton, ScheduleMessages.LaterButton, ScheduleMessages.SkipTodayButton, ScheduleMessages.StopButton], buttons);
    }

    [Theory]
    [InlineData("""{"error":{"code":"ConversationBlockedByUser","message":"blocked"}}""")]
    [InlineData("""{"errorCode":209,"message":"{\"subCode\":\"MessageWritesBlocked\"}"}""")]
    [InlineData("""{"error":{"code":"BotNotInConversationRoster","message":"not installed"}}""")]
    public async Task Forbidden_StopsThePersonsSchedule(string answer)
    {
        _connector.Responder = (_, _) => StandInResponse.Json(403, answer);
        await using var host = await StartWithPersonAsync();
        await host.FireNextAsync(ChannelIds.MsTeams, User);
        Assert.Single(_connector.Requests);
        Assert.Null(await host.Scheduler.GetAsync(ChannelIds.MsTeams, User, CancellationToken.None));
        Assert.Empty(await host.Scheduler.TriggerKeysAsync(ChannelIds.MsTeams, User, CancellationToken.None));
    }

    [Fact]
    public async Task ConversationGone_IsCreatedAgainWithTheTenant()
    {
        _connector.Responder = (_, n) => n == 1
            ? StandInResponse.Json(404, """{"error":{"code":"ConversationNotFound","message":"gone"}}""")
            : StandInResponse.Json(201, """{"id":"a:new-conversation","activityId":"1"}""");
        await using var host = await StartWithPersonAsync();
        await host.FireNextAsync(ChannelIds.MsTeams, User);
        Assert.Equal(2, _connector.Requests.Count);
        var create = _connector.Requests[1];
        Assert.Equal("/amer/v3/conversations", create.RawPath);
        var body = JsonNode.Parse(create.Body)!;
        Assert.Equal("tenant-1", body["tenantId"]!.GetValue<string>());
        Assert.Equal("tenant-1", body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.Equal(User, body["members"]![0]!["id"]!.GetValue<string>());
        Assert.NotNull(await host.Scheduler.GetAsync(ChannelIds.MsTeams, User, CancellationToken.None));
    }

    [Fact]
    public async Task UnvalidatedServiceUrl_GetsNothing()
    {
        await using var host = await StartWithPersonAsync(validated: false);
        await host.FireNextAsync(ChannelIds.MsTeams, User);
        Assert.Empty(_connector.Requests);
    }
}
