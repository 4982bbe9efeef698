using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Tests.DirectLine;

public sealed class DirectLineSlowBotTests : IDisposable
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly DirectLineAppFactory _factory;

    public DirectLineSlowBotTests()
    {
        _factory = new DirectLineAppFactory(Path.Combine(Path.GetTempPath(), "trustbot-dl-" + Guid.NewGuid().ToString("N")))
        {
            ExtraServices = services =>
            {
                services.RemoveAll<IBot>();
                services.AddSingleton<IBot>(new SlowBot(_release.Task));
            },
        };
    }

    [Fact]
    public async Task SlowBot_SendIsAcknowledgedAfterBotTimeoutAndTheReplyArrivesLater()
    {
        var client = new DirectLineTestClient(_factory.CreateClient());
        var (conversationId, token) = await client.StartNewAsync();

        var post = client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, """{"type":"message","text":"slow","channelData":{"clientActivityID":"s1"}}""");
        for (var attempt = 0; attempt < 500 && !post.IsCompleted; attempt++)
        {
            // The 15 s bot timeout runs on the fake clock.
            _factory.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(post, Task.Delay(20));
        }

        using var response = await post;
        var beforeReply = await client.GetActivitiesAsync(conversationId, token);
        _release.SetResult();
        var history = beforeReply;
        for (var attempt = 0; attempt < 500 && history["activities"]!.AsArray().Count < 2; attempt++)
        {
            await Task.Delay(20);
            history = await client.GetActivitiesAsync(conversationId, token);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["slow"], DirectLineTestClient.Texts(beforeReply));
        Assert.Equal(["slow", "finally"], DirectLineTestClient.Texts(history));
    }

    public void Dispose() => _factory.Dispose();

    private sealed class SlowBot(Task release) : ActivityHandler
    {
        protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            await release.WaitAsync(cancellationToken);
            await turnContext.SendTextAsync("finally", cancellationToken);
        }
    }
}
