using System.Net;
using TrustBot.Dialogs.Turns;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.DirectLine;

public sealed class DirectLineSlowBotTests : IDisposable
{
    private static readonly TimeSpan BotTimeout = TimeSpan.FromSeconds(15);

    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _replied = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TrustBotHostFactory _factory;

    public DirectLineSlowBotTests()
    {
        _factory = TrustBotHostFactory.ForDirectLine();
        _factory.WithBot(new SlowBot(_release.Task, _replied));
    }

    [Fact]
    public async Task SlowBot_SendIsAcknowledgedAfterBotTimeoutAndTheReplyArrivesLater()
    {
        var client = new DirectLineTestClient(_factory.CreateClient());
        var (conversationId, token) = await client.StartNewAsync();
        var timersBefore = _factory.Time.TimersStarted(BotTimeout);

        var post = client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, """{"type":"message","text":"slow","channelData":{"clientActivityID":"s1"}}""");

        // The 15 s bot timeout runs on the fake clock: once its timer exists, let it expire.
        await _factory.Time.WaitForTimerAsync(BotTimeout, timersBefore);
        _factory.Time.Advance(BotTimeout);
        using var response = await post;
        var beforeReply = await client.GetActivitiesAsync(conversationId, token);
        _release.SetResult();
        await _replied.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var history = await client.GetActivitiesAsync(conversationId, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["slow"], DirectLineTestClient.Texts(beforeReply));
        Assert.Equal(["slow", "finally"], DirectLineTestClient.Texts(history));
    }

    public void Dispose() => _factory.Dispose();

    private sealed class SlowBot(Task release, TaskCompletionSource replied) : ActivityHandler
    {
        protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            await release.WaitAsync(cancellationToken);

            // The Direct Line sender stores the reply before the send returns.
            await turnContext.SendTextAsync("finally", cancellationToken);
            replied.TrySetResult();
        }
    }
}
