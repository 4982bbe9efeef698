using Microsoft.Extensions.DependencyInjection;
using TrustBot.Dialogs.Handoff;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Tests.Handoff;

/// <summary>The proactive path of a transcript: a real proactive turn through the conversation's adapter, recording what the person sees.</summary>
public sealed class TestProactiveSender(IServiceProvider services) : IHandoffProactiveSender
{
    private readonly List<Activity> _sent = [];

    public IReadOnlyList<Activity> Sent => _sent;

    /// <summary>What arrived since the last call.</summary>
    public IReadOnlyList<Activity> TakeNew()
    {
        var taken = _sent.ToList();
        _sent.Clear();
        return taken;
    }

    public async Task<bool> ContinueAsync(HandoffRequest request, Func<ITurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken)
    {
        var sender = new Turns.RecordingSender();
        await services.GetRequiredService<BotAdapter>().ContinueConversationAsync(request.Reference, callback, sender, cancellationToken);
        _sent.AddRange(sender.Sent.Where(a => a.Type == ActivityTypes.Message));
        return true;
    }
}
