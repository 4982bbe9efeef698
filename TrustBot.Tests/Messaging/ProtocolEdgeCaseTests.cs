using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Welcome;
using TrustBot.Tests.Browser;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.Messaging;

/// <summary>Smaller protocol cases with the product's own bot: null members, the healthCheck invoke, broken chunked framing.</summary>
public sealed class ProtocolEdgeCaseTests
{
    [Fact]
    public async Task MembersAddedWithNullEntries_WelcomesTheRealMemberAndNever500s()
    {
        await using var host = new TrustBotHostFactory();
        using var client = host.CreateClient();

        var onlyNull = await PostAsync(client, ConversationUpdate("[null]", "u-1"));
        var mixed = await PostAsync(client, ConversationUpdate("""[null, {"id":"bot"}, {"id":"person-2"}]""", "u-2"));

        Assert.Equal(HttpStatusCode.OK, onlyNull.StatusCode);
        Assert.Empty(await TextsAsync(onlyNull));
        Assert.Equal(HttpStatusCode.OK, mixed.StatusCode);
        Assert.Contains(await TextsAsync(mixed), text => text.Contains(WelcomeMessages.AskConsent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task HealthCheckInvoke_Answers200WithTheSdkHealthResults()
    {
        await using var host = new TrustBotHostFactory();
        using var client = host.CreateClient();

        var response = await PostAsync(client, """
            {"type":"invoke","name":"healthCheck","id":"hc-1","channelId":"webchat","serviceUrl":"http://localhost:1/",
             "from":{"id":"probe"},"recipient":{"id":"bot"},"conversation":{"id":"health-1"}}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["healthResults"]!;
        Assert.True((bool)results["success"]!);
        Assert.Equal("Health check succeeded.", (string?)results["messages"]![0]);
        Assert.Null(results["authorization"]);
    }

    [Theory]
    [InlineData("/api/messages")]
    [InlineData("/api/directline/token")]
    public async Task ChunkSizeThatOverflows_Gets400Not500(string path)
    {
        await using var app = TrustBotHostFactory.ForBrowser();
        var address = app.BaseAddress;
        {
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(IPAddress.Loopback, address.Port);
            await using var stream = tcp.GetStream();
            var request = $"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{address.Port}\r\nContent-Type: application/json\r\n" +
                          "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nFFFFFFFFFFFFFFFFFFFF\r\n{\"type\":\"message\"}\r\n0\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
            using var reader = new StreamReader(stream, Encoding.ASCII);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            var statusLine = await reader.ReadLineAsync(timeout.Token);

            Assert.Equal("HTTP/1.1 400 Bad Request", statusLine);
        }
    }

    private static string ConversationUpdate(string membersAdded, string conversationId) => $$"""
        {"type":"conversationUpdate","id":"cu-{{conversationId}}","channelId":"emulator","serviceUrl":"http://localhost:1/",
         "deliveryMode":"expectReplies","from":{"id":"person-2"},"recipient":{"id":"bot"},
         "conversation":{"id":"{{conversationId}}"},"locale":"en-US","membersAdded":{{membersAdded}}}
        """;

    private static async Task<List<string>> TextsAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray()
            .Select(a => (string?)a!["text"]).OfType<string>().ToList();

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await client.PostAsync("/api/messages", content);
    }
}
