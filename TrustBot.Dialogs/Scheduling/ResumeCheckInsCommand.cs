using TrustBot.Dialogs.Engine;

namespace TrustBot.Dialogs.Scheduling;

/// <summary>"resume check-ins": prompts again from the next planned time.</summary>
public sealed class ResumeCheckInsCommand(ScheduleCommandHandler handler) : ScheduleModuleCommand(handler, ScheduleCommand.Resume)
{
    public override string Id => "resume-check-ins";

    /// <summary>Inside the welcome or a safety question these words answer that question.</summary>
    public override bool AppliesWhile(DialogInstance? activeDialog) => IsOwnAnswer(activeDialog);
}
