using System.Text.Json.Nodes;

namespace TrustBot.Dialogs.Turns;

/// <summary>The synchronous answer to an <c>invoke</c> activity: becomes the HTTP status and body.</summary>
public sealed record InvokeResponse(int Status, JsonNode? Body);
