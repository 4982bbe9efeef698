using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Scheduling;

/// <summary>A crisis response happened: the next scheduled prompt is a gentle one with consent, not a cheerful one.</summary>
public sealed class CrisisScheduleNote(ICheckInScheduler scheduler) : IEscalationObserver
{
    public Task OnEscalatedAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return scheduler.RecordCrisisAsync(turn.Activity.ChannelId ?? string.Empty, turn.Activity.From?.Id ?? string.Empty, cancellationToken);
    }
}
