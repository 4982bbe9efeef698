using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TrustBot.Dialogs.Protocol;

/// <summary>A button: <c>imBack</c> returns its value as message text, <c>postBack</c> hides it, <c>messageBack</c> carries text, value and display text.</summary>
public sealed class CardAction
{
    public string? Type { get; set; }

    public string? Title { get; set; }

    public string? Image { get; set; }

    public string? ImageAltText { get; set; }

    public string? Text { get; set; }

    public string? DisplayText { get; set; }

    public JsonNode? Value { get; set; }

    public JsonNode? ChannelData { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>An <c>imBack</c> button whose click sends <paramref name="value"/> (the title by default) as text.</summary>
    public static CardAction ImBack(string title, string? value = null) =>
        new() { Type = ActionTypes.ImBack, Title = title, Value = JsonValue.Create(value ?? title) };

    /// <summary>A link that the client opens itself; nothing reaches the bot.</summary>
    public static CardAction OpenUrl(string title, string url) =>
        new() { Type = ActionTypes.OpenUrl, Title = title, Value = JsonValue.Create(url) };

    /// <summary>A <c>tel:</c> call action.</summary>
    public static CardAction Call(string title, string telephoneUri) =>
        new() { Type = ActionTypes.Call, Title = title, Value = JsonValue.Create(telephoneUri) };
}
