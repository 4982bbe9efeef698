using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Welcome;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.Sentiment;

/// <summary>The Azure sentiment provider failing mid-conversation: the person notices nothing, and distress is still seen.</summary>
public sealed class SentimentFallbackConversationTests
{
    private static async Task<string> SendAsync(HttpClient client, string text)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "emulator",
            ["serviceUrl"] = "http://localhost:1/",
            ["deliveryMode"] = "expectReplies",
            ["from"] = new JsonObject { ["id"] = "person-azure" },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = "conversation-azure" },
            ["locale"] = "en-US",
            ["text"] = text,
        };
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        var replies = (await response.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();
        return string.Join("\n", replies.Select(r => r?["text"]?.GetValue<string>()).Where(t => t is not null));
    }

    [Theory]
    [InlineData("500")]
    [InlineData("429")]
    [InlineData("not-json")]
    public async Task AzureFailing_TheCheckInGoesOnAndDistressIsStillOffered(string failure)
    {
        await using var azure = await LanguageServiceStandIn.StartAsync();
        azure.Mode = failure;
        await using var host = new TrustBotHostFactory()
            .WithSetting("Sentiment:Provider", "Azure")
            .WithSetting("Sentiment:Endpoint", azure.Endpoint.ToString())
            .WithSetting("Sentiment:Key", "test-key");
        var client = host.CreateClient();

        await SendAsync(client, "hi");
        await SendAsync(client, WelcomeMessages.ConsentYes);
        await SendAsync(client, "yes");
        await SendAsync(client, "yes");
        await SendAsync(client, WelcomeMessages.StartButton);
        Assert.Contains(CheckInMessages.AskOwnFeelingWord, await SendAsync(client, "Something else"), StringComparison.Ordinal);
        var first = await SendAsync(client, "I feel awful and completely miserable and hopeless about everything");
        Assert.Contains("from 0", first, StringComparison.Ordinal);
        var second = await SendAsync(client, "everything is terrible and I hate how horrible this feels");
        Assert.Contains(EscalationMessages.DistressOffer, second, StringComparison.Ordinal);
        Assert.NotNull(azure.LastBody);
    }

    [Fact]
    public async Task AzureWorking_IsAskedWithTheDocumentedRequest()
    {
        await using var azure = await LanguageServiceStandIn.StartAsync();
        await using var host = new TrustBotHostFactory()
            .WithSetting("Sentiment:Provider", "Azure")
            .WithSetting("Sentiment:Endpoint", azure.Endpoint.ToString())
            .WithSetting("Sentiment:Key", "test-key");
        var client = host.CreateClient();
        await SendAsync(client, "hi");
        await SendAsync(client, "I am feeling pretty low about how things went with him today");
        Assert.Equal("test-key", azure.LastKey);
        Assert.Equal("SentimentAnalysis", azure.LastBody?["kind"]?.GetValue<string>());
    }
}
