using TrustBot.Dialogs.Engine;

namespace TrustBot.Dialogs.Scheduling;

/// <summary>"Later": the prompt comes again in an hour (outside quiet hours).</summary>
public sealed class SnoozeCheckInCommand(ScheduleCommandHandler handler) : ScheduleModuleCommand(handler, ScheduleCommand.Later)
{
    public override string Id => "snooze-check-in";

    /// <summary>Inside the welcome or a safety question these words answer that question.</summary>
    public override bool AppliesWhile(DialogInstance? activeDialog) => IsOwnAnswer(activeDialog);
}
