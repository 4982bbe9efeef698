using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.Handoff;

/// <summary>Starts a request: how urgent it is (a crisis offer, a distress offer, or asked for from anywhere).</summary>
public sealed record HandoffDialogInput(HandoffUrgency Urgency)
{
    /// <summary>As dialog options, for <see cref="Engine.DialogContext.ReplaceDialogAsync"/>.</summary>
    public JsonNode? ToOptions() => JsonSerializer.SerializeToNode(this, ProtocolJson.Options);
}
