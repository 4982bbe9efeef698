using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace TrustBot.Dialogs.Protocol;

/// <summary>The one JSON configuration for the wire: camelCase out, case-insensitive in, nulls omitted.</summary>
public static class ProtocolJson
{
    /// <summary>Read-only once first used; safe to share.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = 64,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyActivityArrays } },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    // A2100/A3050: empty entities and attachments arrays are not sent.
    private static void OmitEmptyActivityArrays(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type != typeof(Activity))
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.Name is "attachments" or "entities")
            {
                property.ShouldSerialize = static (_, value) => value is System.Collections.ICollection { Count: > 0 };
            }
        }
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);
}
