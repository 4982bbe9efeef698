namespace TrustBot.Dialogs.Scheduling;

/// <summary>"Skip today": no prompt on the person's current local date.</summary>
public sealed class SkipTodayCommand(ScheduleCommandHandler handler) : ScheduleModuleCommand(handler, ScheduleCommand.SkipToday)
{
    public override string Id => "skip-today";
}
