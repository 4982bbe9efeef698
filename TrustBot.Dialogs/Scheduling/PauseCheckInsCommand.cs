namespace TrustBot.Dialogs.Scheduling;

/// <summary>"pause check-ins": no prompts until resumed; settings kept.</summary>
public sealed class PauseCheckInsCommand(ScheduleCommandHandler handler) : ScheduleModuleCommand(handler, ScheduleCommand.Pause)
{
    public override string Id => "pause-check-ins";
}
