using Microsoft.Extensions.DependencyInjection;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Tests.Turns;

public sealed class BotAdapterTests
{
    [Fact]
    public async Task UnknownActivityType_IsAcknowledgedAndIgnored()
    {
        await using var convo = new TestConversation();
        var replies = await convo.SendActivityAsync(convo.NewActivity("somethingFromTheFuture"));
        Assert.Empty(replies);
    }

    [Fact]
    public async Task UnhandledInvoke_Returns501()
    {
        await using var convo = new TestConversation();
        var adapter = convo.Services.GetRequiredService<BotAdapter>();
        var response = await adapter.ProcessActivityAsync(convo.NewActivity(ActivityTypes.Invoke, a => a.Name = "unknown/thing"), new RecordingSender(), CancellationToken.None);
        Assert.Equal(501, response!.Status);
    }

    [Fact]
    public async Task FailingTurn_ApologisesAndDiscardsItsStateChanges()
    {
        var storage = new MemoryStorage();
        await using var convo = new TestConversation(storage, configure: s => s.AddSingleton<IBot, ThrowingBot>());
        var replies = await convo.SendAsync("hi");
        Assert.Equal(BotAdapter.ErrorReplyText, replies.Single().Text);
        Assert.Empty(await storage.ListKeysAsync(string.Empty, CancellationToken.None));
    }

    [Fact]
    public async Task Middleware_RunsInOrderAroundTheBot()
    {
        var calls = new List<string>();
        await using var convo = new TestConversation(configure: s =>
        {
            s.AddSingleton<IMiddleware>(new RecordingMiddleware("first", calls));
            s.AddSingleton<IMiddleware>(new RecordingMiddleware("second", calls));
            s.AddSingleton<IBot>(new RecordingBot(calls));
        });
        await convo.SendAsync("hi");
        Assert.Equal(["first:before", "second:before", "bot", "second:after", "first:after"], calls);
    }

    [Fact]
    public async Task Replies_AreAddressedBackToTheSender()
    {
        await using var convo = new TestConversation();
        var reply = (await convo.SendAsync("hi"))[0];
        Assert.Equal(convo.UserId, reply.Recipient!.Id);
        Assert.Equal("bot", reply.From!.Id);
        Assert.Equal(convo.ConversationId, reply.Conversation!.Id);
        Assert.Equal("user-1", reply.ReplyToId);
        Assert.Equal(InputHints.AcceptingInput, reply.InputHint);
    }

    private sealed class ThrowingBot(ConversationState state) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            state.CreateProperty<DialogState>("dialogState").Get(turnContext).DialogStack.Add(new DialogInstance { Id = "half-done" });
            throw new InvalidOperationException("boom");
        }
    }

    private sealed class RecordingMiddleware(string name, List<string> calls) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
        {
            calls.Add(name + ":before");
            await next(cancellationToken);
            calls.Add(name + ":after");
        }
    }

    private sealed class RecordingBot(List<string> calls) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            calls.Add("bot");
            return Task.CompletedTask;
        }
    }
}
