using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Safety;

/// <summary>A per-turn signal from a dialog to the safety layer (kept in turn state, never stored).</summary>
public sealed record SafetySignal(SafetySignalKind Kind)
{
    public static void Raise(ITurnContext turnContext, SafetySignalKind kind) => turnContext.TurnState.Set(new SafetySignal(kind));

    public static SafetySignal? Take(ITurnContext turnContext)
    {
        var signal = turnContext.TurnState.Get<SafetySignal>();
        turnContext.TurnState.Remove(typeof(SafetySignal).FullName!);
        return signal;
    }
}
