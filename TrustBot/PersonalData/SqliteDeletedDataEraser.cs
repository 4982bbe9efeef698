using TrustBot.Dialogs.Profile;
using TrustBot.Storage;

namespace TrustBot.PersonalData;

/// <summary>"Delete my data" in the host: one WAL checkpoint (and rebuild) after every store deleted its rows.</summary>
public sealed class SqliteDeletedDataEraser(SqliteEraser eraser) : IDeletedDataEraser
{
    public void RequestErasure() => eraser.Request();
}
