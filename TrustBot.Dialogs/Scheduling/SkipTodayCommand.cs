using TrustBot.Dialogs.Engine;

namespace TrustBot.Dialogs.Scheduling;

/// <summary>"Skip today": no prompt on the person's current local date.</summary>
public sealed class SkipTodayCommand(ScheduleCommandHandler handler) : ScheduleModuleCommand(handler, ScheduleCommand.SkipToday)
{
    public override string Id => "skip-today";

    /// <summary>Inside the welcome or a safety question these words answer that question.</summary>
    public override bool AppliesWhile(DialogInstance? activeDialog) => IsOwnAnswer(activeDialog);
}
