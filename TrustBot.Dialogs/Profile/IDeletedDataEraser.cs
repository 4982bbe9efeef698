namespace TrustBot.Dialogs.Profile;

/// <summary>
/// Makes a person's deleted data unreadable in the storage files too. "Delete my data" asks once, after
/// every store deleted its rows, instead of each store asking on its own.
/// </summary>
public interface IDeletedDataEraser
{
    /// <summary>Asks for the erasure; returns at once (the host runs it in the background).</summary>
    void RequestErasure();
}
