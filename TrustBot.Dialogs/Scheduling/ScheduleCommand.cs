namespace TrustBot.Dialogs.Scheduling;

/// <summary>The scheduled check-in commands that work from any step.</summary>
public enum ScheduleCommand
{
    None,
    Schedule,
    Pause,
    Resume,
    Stop,
    Later,
    SkipToday,
    StartFollowUp,
}
