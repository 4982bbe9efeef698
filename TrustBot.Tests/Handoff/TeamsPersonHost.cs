using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TrustBot.Dialogs.Handoff;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Safety;
using TrustBot.Tests.Hosting;
using TrustBot.Tests.Messaging.Authentication;

namespace TrustBot.Tests.Handoff;

/// <summary>
/// The real bot with an app id, a Teams person whose serviceUrl is a Bot Connector stand-in, and the
/// token issuer stand-in: inbound requests carry a signed channel token, and everything the bot sends
/// (replies, proactive messages, handoff events) arrives at the stand-in as HTTP with its bearer token.
/// </summary>
public sealed class TeamsPersonHost : IAsyncDisposable
{
    public const string UserId = "29:teams-person-0123456789";
    public const string ConversationId = "a:teams-personal-0123456789";
    public const string ConnectorPath = "/teams";

    private readonly HttpClient _client;
    private readonly Func<string?, bool, TrustBotHostFactory> _createHost;
    private int _sent;
    private bool _restarted;

    private TeamsPersonHost(StandInServer server, TestTokenIssuer issuer, Func<string?, bool, TrustBotHostFactory> createHost, string? dataFolder, bool keepDataFolder)
    {
        Server = server;
        Issuer = issuer;
        _createHost = createHost;
        Host = createHost(dataFolder, keepDataFolder);
        _client = Host.CreateClient();
    }

    public StandInServer Server { get; }

    public TestTokenIssuer Issuer { get; }

    public TrustBotHostFactory Host { get; }

    public string ServiceUrl => Server.Url + ConnectorPath;

    public IHandoffStore Store => Host.Services.GetRequiredService<IHandoffStore>();

    /// <summary>The person's handoff audit events in order, each with the staff id it names (memory storage).</summary>
    public IReadOnlyList<(string Event, string? StaffId)> HandoffAudit() =>
        [.. Host.Services.GetRequiredService<MemorySafetyAuditLog>().Records
            .Where(r => r.UserId == UserId && r.Event.StartsWith("handoff-", StringComparison.Ordinal))
            .Select(r => (r.Event, r.Choice))];

    public HandoffCoordinator Coordinator => Host.Services.GetRequiredService<HandoffCoordinator>();

    /// <summary>
    /// Starts the stand-ins and the host with handoff on, plus <paramref name="settings"/>: memory storage,
    /// or SQLite in <paramref name="dataFolder"/> to restart on (<see cref="RestartAsync"/>).
    /// </summary>
    public static async Task<TeamsPersonHost> StartAsync(IReadOnlyDictionary<string, string>? settings = null, string? dataFolder = null, TimeProvider? time = null, Action<IServiceCollection>? services = null)
    {
        var server = await StandInServer.StartAsync();
        var issuer = new TestTokenIssuer(server);
        server.Responder = (request, number) => issuer.Respond(request, number, StandInServer.DefaultConnectorResponse);
        var clock = time ?? new FakeTimeProvider(TestTokenIssuer.Now);
        TrustBotHostFactory CreateHost(string? folder, bool keep)
        {
            var host = new TrustBotHostFactory().WithTime(clock).WithSetting("Handoff:Enabled", "true").WithServices(services ?? (_ => { }));
            if (folder is not null)
            {
                host.WithSqliteStorage(folder, keep);
            }

            return host.WithSettings(issuer.Settings.Concat(settings ?? new Dictionary<string, string>()));
        }

        return new TeamsPersonHost(server, issuer, CreateHost, dataFolder, keepDataFolder: dataFolder is not null);
    }

    /// <summary>Stops this host and starts a new one on the same SQLite file, stand-ins and clock (a host restart).</summary>
    public async Task<TeamsPersonHost> RestartAsync()
    {
        var folder = Host.DataFolder ?? throw new InvalidOperationException("Start with a data folder to restart.");
        _restarted = true;
        _client.Dispose();
        await Host.DisposeAsync();
        return new TeamsPersonHost(Server, Issuer, _createHost, folder, keepDataFolder: false);
    }

    /// <summary>The person says <paramref name="text"/> with <c>expectReplies</c>: the replies come back in the response.</summary>
    public async Task<IReadOnlyList<Activity>> SayExpectingRepliesAsync(string text)
    {
        var activity = Message(text);
        activity["deliveryMode"] = "expectReplies";
        using var response = await PostAsync(activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body!["activities"].Deserialize<List<Activity>>(ProtocolJson.Options)!;
    }

    /// <summary>The person says <paramref name="text"/> as Teams sends it; returns what the bot posted to the Connector meanwhile.</summary>
    public Task<IReadOnlyList<ConnectorPost>> SayAsync(string text) => PostAndCollectAsync(Message(text));

    /// <summary>The agent hub reports <c>handoff.status</c> in the person's conversation.</summary>
    public Task<IReadOnlyList<ConnectorPost>> HubStatusAsync(string state)
    {
        var activity = Base("event", new JsonObject { ["id"] = "hub-agent", ["name"] = "Agent hub" });
        activity["name"] = HandoffEvents.Status;
        activity["value"] = new JsonObject { ["state"] = state, ["message"] = "from the hub" };
        return PostAndCollectAsync(activity);
    }

    /// <summary>Connector calls from the bot so far, oldest first.</summary>
    public IReadOnlyList<ConnectorPost> ConnectorPosts() =>
        [.. Server.Requests.Where(r => r.RawPath.StartsWith(ConnectorPath + "/v3/", StringComparison.Ordinal)).Select(ConnectorPost.From)];

    public async ValueTask DisposeAsync()
    {
        if (_restarted)
        {
            // The restarted host owns the stand-ins now.
            return;
        }

        _client.Dispose();
        await Host.DisposeAsync();
        await Server.DisposeAsync();
        Issuer.Dispose();
    }

    private async Task<IReadOnlyList<ConnectorPost>> PostAndCollectAsync(JsonObject activity)
    {
        var before = ConnectorPosts().Count;
        using var response = await PostAsync(activity);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted, $"{(int)response.StatusCode}");
        return [.. ConnectorPosts().Skip(before)];
    }

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Issuer.ChannelToken(ServiceUrl));
        return await _client.SendAsync(request);
    }

    private JsonObject Message(string text)
    {
        var activity = Base("message", new JsonObject { ["id"] = UserId, ["name"] = "Robin Teams", ["aadObjectId"] = "00000000-0000-0000-0000-000000000021" });
        activity["text"] = text;
        return activity;
    }

    private JsonObject Base(string type, JsonObject from) => new()
    {
        ["type"] = type,
        ["id"] = "1:teams-activity-" + Interlocked.Increment(ref _sent),
        ["timestamp"] = TestTokenIssuer.Now.ToString("O"),
        ["serviceUrl"] = ServiceUrl,
        ["channelId"] = ChannelIds.MsTeams,
        ["from"] = from,
        ["conversation"] = new JsonObject { ["id"] = ConversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        ["recipient"] = new JsonObject { ["id"] = "28:" + TestTokenIssuer.AppId, ["name"] = "TrustBot" },
        ["locale"] = "en-US",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
    };
}
