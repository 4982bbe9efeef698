using System.Globalization;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.Messaging.Connector;

/// <summary>
/// Plays the Azure VM metadata service's token endpoint (the shape Azure.Identity's ManagedIdentityCredential
/// asks) on a <see cref="StandInServer"/>: numbered tokens, lifetimes on the real clock as the real service states them.
/// </summary>
public sealed class ManagedIdentityStandIn
{
    public const string Path = "/metadata/identity/oauth2/token";

    private int _issued;

    public ManagedIdentityStandIn(StandInServer server, Func<RecordedRequest, int, StandInResponse>? others = null)
    {
        server.Responder = (request, number) => request.RawPath == Path ? Issue() : (others ?? StandInServer.DefaultConnectorResponse)(request, number);
        Server = server;
    }

    public StandInServer Server { get; }

    /// <summary>
    /// A client id of its own per stand-in: Azure.Identity's token cache is process-wide, keyed by client id,
    /// so parallel tests never share an entry.
    /// </summary>
    public string ClientId { get; } = Guid.NewGuid().ToString();

    /// <summary>The HTTP status to answer; 200 issues a token.</summary>
    public int Status { get; set; } = 200;

    public int Issued => _issued;

    /// <summary>Settings for a UserAssignedMSI bot whose metadata requests reach this stand-in.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["MicrosoftAppId"] = ClientId,
        ["MicrosoftAppType"] = "UserAssignedMSI",
        ["MicrosoftAppTenantId"] = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
        ["BotAuthentication:InstanceMetadataEndpoint"] = Server.Url + Path,
    };

    public static string Token(int number) => $"msi-token-{number}";

    private StandInResponse Issue()
    {
        if (Status != 200)
        {
            return StandInResponse.Json(Status, """{"error":"invalid_request","error_description":"Identity not found"}""");
        }

        var number = Interlocked.Increment(ref _issued);
        var now = TimeProvider.System.GetUtcNow();
        var expiresOn = now.AddHours(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var notBefore = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return StandInResponse.Json(200, $$"""{"access_token":"{{Token(number)}}","client_id":"{{ClientId}}","expires_in":"3600","expires_on":"{{expiresOn}}","ext_expires_in":"3599","not_before":"{{notBefore}}","resource":"https://api.botframework.com","token_type":"Bearer"}""");
    }
}
