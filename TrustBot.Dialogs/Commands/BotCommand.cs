namespace TrustBot.Dialogs.Commands;

/// <summary>The commands that work from any step (conversation.md section 8).</summary>
public enum BotCommand
{
    None,
    Help,
    Cancel,
    CheckIn,
    Privacy,
    MyData,
    ExportData,
    DeleteData,
    Crisis,
}
