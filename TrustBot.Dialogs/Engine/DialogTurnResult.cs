using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.Engine;

/// <summary>
/// The outcome of a dialog call. Results are JSON so a stack can be persisted between turns;
/// <see cref="DialogId"/> names the dialog that ended, so a parent dispatches on it and reads the result
/// as that dialog's typed record (<see cref="ResultAs{T}"/>), never by probing JSON keys.
/// </summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, JsonNode? Result = null, string? DialogId = null)
{
    /// <summary>The result as the ending dialog's record, or default when there is none.</summary>
    public T? ResultAs<T>() => Result is null ? default : Result.Deserialize<T>(ProtocolJson.Options);
}
