using Microsoft.Extensions.DependencyInjection;
using TrustBot.DirectLine;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.DirectLine;

public sealed class DirectLineRetentionTests : IDisposable
{
    private readonly TrustBotHostFactory _factory = TrustBotHostFactory.ForDirectLine().WithSetting("DirectLine:MaxActivitiesPerConversation", "10");

    [Fact]
    public async Task Retention_LongConversation_KeepsNewestAndWatermarksKeepGrowing()
    {
        var client = new DirectLineTestClient(_factory.CreateClient());
        var (conversationId, token) = await client.StartNewAsync();
        for (var i = 0; i < 6; i++)
        {
            await client.PostMessageAsync(conversationId, token, $"m{i}", $"c{i}");
        }

        await _factory.Services.GetRequiredService<DirectLineRetentionService>().RunOnceAsync(CancellationToken.None);
        var kept = await client.GetActivitiesAsync(conversationId, token);
        var nextId = await client.PostMessageAsync(conversationId, token, "after", "c-after");

        Assert.Equal(10, kept["activities"]!.AsArray().Count);
        Assert.Equal("m1", (string)kept["activities"]![0]!["text"]!);
        Assert.Equal("13", (string)kept["watermark"]!);
        Assert.Equal($"{conversationId}|0000014", nextId);
    }

    public void Dispose() => _factory.Dispose();
}
