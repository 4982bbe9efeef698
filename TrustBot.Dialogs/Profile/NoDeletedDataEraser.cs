namespace TrustBot.Dialogs.Profile;

/// <summary>Without files (memory stores in tests) deleted rows are gone once deleted.</summary>
public sealed class NoDeletedDataEraser : IDeletedDataEraser
{
    public void RequestErasure()
    {
    }
}
