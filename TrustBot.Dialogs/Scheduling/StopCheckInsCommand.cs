namespace TrustBot.Dialogs.Scheduling;

/// <summary>"stop check-ins": removes the schedule and its trigger.</summary>
public sealed class StopCheckInsCommand(ScheduleCommandHandler handler) : ScheduleModuleCommand(handler, ScheduleCommand.Stop)
{
    public override string Id => "stop-check-ins";
}
