namespace TrustBot.Dialogs.Engine;

/// <summary>The persisted dialog stack (top of stack first, as the SDK stores it).</summary>
public sealed class DialogState
{
    public List<DialogInstance> DialogStack { get; set; } = [];
}
