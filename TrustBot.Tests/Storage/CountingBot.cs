using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Tests.Storage;

/// <summary>Increments a counter in conversation state and in user state on every turn.</summary>
public sealed class CountingBot(ConversationState conversationState, UserState userState) : IBot
{
    private readonly StatePropertyAccessor<Counter> _conversationCount = conversationState.CreateProperty<Counter>("count");
    private readonly StatePropertyAccessor<Counter> _userCount = userState.CreateProperty<Counter>("count");

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        _conversationCount.Get(turnContext).Value++;

        // Yield mid-turn so concurrent turns really overlap if nothing serialises them.
        await Task.Yield();
        _userCount.Get(turnContext).Value++;
    }

    public sealed class Counter
    {
        public int Value { get; set; }
    }
}
