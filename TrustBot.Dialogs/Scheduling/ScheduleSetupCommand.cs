namespace TrustBot.Dialogs.Scheduling;

/// <summary>"schedule": the check-in preferences dialog.</summary>
public sealed class ScheduleSetupCommand(ScheduleCommandHandler handler) : ScheduleModuleCommand(handler, ScheduleCommand.Schedule)
{
    public override string Id => "schedule";
}
