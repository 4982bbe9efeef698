using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrustBot.Dialogs.Protocol;

/// <summary>Quick-reply buttons shown until the person answers.</summary>
public sealed class SuggestedActions
{
    /// <summary>Recipient ids the buttons are for; empty means everyone.</summary>
    public List<string>? To { get; set; }

    public List<CardAction> Actions { get; set; } = [];

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
