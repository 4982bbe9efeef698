using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Welcome;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.Sentiment;

/// <summary>The Azure sentiment provider failing mid-conversation: the person notices nothing, and distress is still seen.</summary>
public sealed class SentimentFallbackConversationTests
{
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
        var client = new ExpectRepliesClient(host.CreateClient(), "person-azure", "conversation-azure");

        await client.SendAsync("hi");
        await client.SendAsync(WelcomeMessages.ConsentYes);
        await client.SendAsync("yes");
        await client.SendAsync("yes");
        await client.SendAsync(WelcomeMessages.StartButton);
        Assert.Contains(CheckInMessages.AskOwnFeelingWord, await client.SendAsync("Something else"), StringComparison.Ordinal);
        var first = await client.SendAsync("I feel awful and completely miserable and hopeless about everything");
        Assert.Contains("from 0", first, StringComparison.Ordinal);
        var second = await client.SendAsync("everything is terrible and I hate how horrible this feels");
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
        var client = new ExpectRepliesClient(host.CreateClient(), "person-azure", "conversation-azure");
        await client.SendAsync("hi");
        await client.SendAsync("I am feeling pretty low about how things went with him today");
        Assert.Equal("test-key", azure.LastKey);
        Assert.Equal("SentimentAnalysis", azure.LastBody?["kind"]?.GetValue<string>());
    }
}
