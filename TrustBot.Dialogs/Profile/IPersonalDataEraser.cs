namespace TrustBot.Dialogs.Profile;

/// <summary>
/// Makes what "delete my data" removed unrecoverable from the files, once, after every store has deleted
/// (the host's SQLite eraser: a rebuild and a WAL checkpoint). Stores only delete rows; none is registered
/// where nothing is on disk.
/// </summary>
public interface IPersonalDataEraser
{
    /// <summary>Asks for the erasure and returns at once; a burst of requests runs it once.</summary>
    void RequestErasure();
}
