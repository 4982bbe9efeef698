namespace TrustBot.Dialogs.Scheduling;

/// <summary>"Later": the prompt comes again in an hour (outside quiet hours).</summary>
public sealed class SnoozeCheckInCommand(ScheduleCommandHandler handler) : ScheduleModuleCommand(handler, ScheduleCommand.Later)
{
    public override string Id => "snooze-check-in";
}
