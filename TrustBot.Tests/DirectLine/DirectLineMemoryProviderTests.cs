using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.DirectLine;

public sealed class DirectLineMemoryProviderTests : IDisposable
{
    private readonly TrustBotHostFactory _factory = TrustBotHostFactory.ForDirectLine().WithSetting("Storage:Provider", "Memory");

    [Fact]
    public async Task MemoryProvider_ConversationWorksAndNothingIsWrittenToDisk()
    {
        var client = new DirectLineTestClient(_factory.CreateClient());
        var (conversationId, token) = await client.StartNewAsync();

        await client.PostMessageAsync(conversationId, token, "in memory", "m1");
        var history = await client.GetActivitiesAsync(conversationId, token);

        Assert.Equal([SuggestingTestBot.WelcomeText, "in memory", SuggestingTestBot.ReplyPrefix + "in memory"], DirectLineTestClient.Texts(history));
        Assert.False(Directory.Exists(_factory.DataFolder) && Directory.EnumerateFiles(_factory.DataFolder).Any());
    }

    public void Dispose() => _factory.Dispose();
}
