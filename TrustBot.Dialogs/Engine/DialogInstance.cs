using System.Text.Json.Nodes;

namespace TrustBot.Dialogs.Engine;

/// <summary>One entry of the dialog stack: the dialog's id and its persisted state.</summary>
public sealed class DialogInstance
{
    public string Id { get; set; } = string.Empty;

    public JsonObject State { get; set; } = [];

    /// <summary>When the dialog began, for the duration in the end log; null on stacks stored before it existed.</summary>
    public DateTimeOffset? StartedAt { get; set; }
}
