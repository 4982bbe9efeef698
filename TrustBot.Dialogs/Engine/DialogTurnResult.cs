using System.Text.Json.Nodes;

namespace TrustBot.Dialogs.Engine;

/// <summary>The outcome of a dialog call. Results are JSON so a stack can be persisted between turns.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, JsonNode? Result = null);
