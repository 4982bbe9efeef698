using System.Text.Json;
using System.Text.Json.Nodes;

namespace TrustBot.Tests.Hosting;

/// <summary>
/// The plumbing every Azure AI service stand-in shares, on a <see cref="StandInServer"/>: it records the
/// last request (path, subscription key, JSON body), can hang ("slow") or answer with a non-JSON gateway
/// page ("not-json"), and leaves each service's documented answers to <see cref="Answer"/>.
/// </summary>
public abstract class AzureServiceStandIn : IAsyncDisposable
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private StandInServer _server = null!;

    /// <summary>What the next answers look like: ok, slow, not-json, or a mode the service's <see cref="Answer"/> knows.</summary>
    public string Mode { get; set; } = "ok";

    public JsonNode? LastBody { get; private set; }

    public string? LastKey { get; private set; }

    public string? LastPath { get; private set; }

    public int Requests { get; private set; }

    public TaskCompletionSource RequestArrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Uri Endpoint => _server.BaseUrl;

    public async ValueTask DisposeAsync()
    {
        _release.TrySetResult();
        await _server.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected static async Task<T> StartAsync<T>(T standIn)
        where T : AzureServiceStandIn
    {
        standIn._server = await StandInServer.StartAsync();
        standIn._server.AsyncResponder = standIn.RespondAsync;
        return standIn;
    }

    /// <summary>The service's answer in <paramref name="mode"/>: its success body or one of its error shapes.</summary>
    protected abstract StandInResponse Answer(string mode);

    protected static StandInResponse Json(int status, object body) => StandInResponse.Json(status, JsonSerializer.Serialize(body));

    private async Task<StandInResponse> RespondAsync(RecordedRequest request, int number)
    {
        Requests = number;
        LastPath = request.RawPath + (request.Query.Length > 0 ? "?" + request.Query : string.Empty);
        LastKey = request.Headers.GetValueOrDefault("Ocp-Apim-Subscription-Key");
        LastBody = request.Body.Length > 0 ? JsonNode.Parse(request.Body) : null;
        RequestArrived.TrySetResult();
        var mode = Mode;
        if (mode == "slow")
        {
            await _release.Task;
        }

        return mode == "not-json"
            ? new StandInResponse(502, "<html>bad gateway</html>", new Dictionary<string, string> { ["Content-Type"] = "text/html" })
            : Answer(mode);
    }
}
