namespace TrustBot.Dialogs.Scheduling;

/// <summary>"resume check-ins": prompts again from the next planned time.</summary>
public sealed class ResumeCheckInsCommand(ScheduleCommandHandler handler) : ScheduleModuleCommand(handler, ScheduleCommand.Resume)
{
    public override string Id => "resume-check-ins";
}
