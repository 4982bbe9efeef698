using System.Text.Json;
using TrustBot.Dialogs.Protocol;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.Handoff;

/// <summary>One activity the bot posted to the Bot Connector stand-in, with the path and bearer token it used.</summary>
public sealed record ConnectorPost(string RawPath, string? Authorization, Activity Activity)
{
    public static ConnectorPost From(RecordedRequest request) =>
        new(request.RawPath, request.Authorization, JsonSerializer.Deserialize<Activity>(request.Body, ProtocolJson.Options)!);
}
