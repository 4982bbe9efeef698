namespace TrustBot.Dialogs.Scheduling;

/// <summary>"Start follow-up": the follow-up of the latest planned step.</summary>
public sealed class StartFollowUpCommand(ScheduleCommandHandler handler) : ScheduleModuleCommand(handler, ScheduleCommand.StartFollowUp)
{
    public override string Id => "start-follow-up";
}
