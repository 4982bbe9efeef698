using System.Net;
using TrustBot.Tests.DirectLine;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.WebChat;

public sealed class WebChatTokenRateLimitTests : IDisposable
{
    private readonly TrustBotHostFactory _factory = TrustBotHostFactory.ForDirectLine().WithSetting("DirectLine:TokenRequestsPerMinute", "3");

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
