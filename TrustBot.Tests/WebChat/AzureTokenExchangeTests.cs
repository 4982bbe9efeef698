using System.Net;
using TrustBot.Tests.DirectLine;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.WebChat;

public sealed class AzureTokenExchangeTests : IAsyncLifetime
{
    private const string AzureSecret = "azure-direct-line-secret-for-tests";

    private AzureDirectLineStandIn _azure = null!;
    private TrustBotHostFactory _factory = null!;
    private DirectLineTestClient _client = null!;

    public async Task InitializeAsync()
    {
        _azure = await AzureDirectLineStandIn.StartAsync();
        _factory = TrustBotHostFactory.ForDirectLine()
            .WithSetting("DirectLine:AzureSecret", AzureSecret)
            .WithSetting("DirectLine:AzureEndpoint", _azure.Endpoint);
        _client = new DirectLineTestClient(_factory.CreateClient());
    }

    [Fact]
    public async Task PageToken_WithAzureSecret_ReturnsAzureTokenAndDomainButNeverTheSecret()
    {
        var userId = Guid.NewGuid().ToString("N");
        using var response = await _client.Http.PostAsync("/api/directline/token", DirectLineTestClient.Json($$"""{"userId":"{{userId}}"}"""));
        var raw = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = System.Text.Json.Nodes.JsonNode.Parse(raw)!;
        Assert.Equal("azure-issued-token", (string)body["token"]!);
        Assert.Equal("AzConv-eu", (string)body["conversationId"]!);
        Assert.Equal(3600, (int)body["expires_in"]!);
        Assert.Equal($"{_azure.Endpoint}/v3/directline", (string)body["domain"]!);
        Assert.DoesNotContain(AzureSecret, raw, StringComparison.Ordinal);
        Assert.Equal($"Bearer {AzureSecret}", _azure.LastAuthorization);
        Assert.Equal("dl_" + userId, (string)_azure.LastBody!["user"]!["id"]!);
    }

    [Fact]
    public async Task PageToken_WhenAzureFails_Returns502WithoutDetails()
    {
        _azure.StatusCode = 500;

        using var response = await _client.Http.PostAsync("/api/directline/token", DirectLineTestClient.Json($$"""{"userId":"{{Guid.NewGuid():N}}"}"""));
        var raw = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.DoesNotContain(AzureSecret, raw, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        _factory.Dispose();
        await _azure.DisposeAsync();
    }
}
