using System.Net;
using TrustBot.Tests.DirectLine;

namespace TrustBot.Tests.WebChat;

public sealed class WebChatTokenRateLimitTests : IDisposable
{
    private readonly DirectLineAppFactory _factory = new(
        Path.Combine(Path.GetTempPath(), "trustbot-dl-" + Guid.NewGuid().ToString("N")),
        new Dictionary<string, string?> { ["DirectLine:TokenRequestsPerMinute"] = "3" });

    [Fact]
    public async Task PageToken_OverThePerMinuteLimit_Gets429Throttled()
    {
        var client = new DirectLineTestClient(_factory.CreateClient());
        for (var i = 0; i < 3; i++)
        {
            await client.PageTokenAsync();
        }

        using var response = await client.Http.PostAsync("/api/directline/token", DirectLineTestClient.Json($$"""{"userId":"{{Guid.NewGuid():N}}"}"""));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("Throttled", (string)(await DirectLineTestClient.ReadAsync(response))["error"]!["code"]!);
        Assert.Equal("60", response.Headers.GetValues("Retry-After").Single());
    }

    public void Dispose() => _factory.Dispose();
}
