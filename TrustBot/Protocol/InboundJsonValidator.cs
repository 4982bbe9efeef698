using System.Text.Json;
using System.Text.Unicode;

namespace TrustBot.Protocol;

/// <summary>
/// The one check every inbound JSON body passes before it is parsed into an activity or stored, on
/// <c>/api/messages</c> and Direct Line alike. Unknown fields are kept verbatim and copied into replies
/// and transcripts, so anything that could not be written or read back later (deep nesting, a lone
/// surrogate, invalid UTF-8) is refused here, before a turn runs or a byte is stored.
/// </summary>
public static class InboundJsonValidator
{
    /// <summary>
    /// Most objects/arrays nested in one body, the activity itself counting as one. Real channels stay
    /// under 10; replies wrap copied fields a few levels deeper, still far below the serializer's 64.
    /// </summary>
    public const int MaxDepth = 32;

    /// <summary>Null when <paramref name="utf8Json"/> is well-formed JSON within the limits, else why not (never quoting the body).</summary>
    public static string? Validate(ReadOnlySpan<byte> utf8Json)
    {
        // The reader's own limit is a backstop; the depth check below answers first with a clearer reason.
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = MaxDepth + 2 });
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray when reader.CurrentDepth >= MaxDepth:
                        return $"The JSON nests deeper than {MaxDepth} levels.";
                    case JsonTokenType.String or JsonTokenType.PropertyName when !IsValidText(ref reader):
                        return "The JSON holds text that is not valid UTF-8/UTF-16 (for example a lone surrogate).";
                }
            }
        }
        catch (JsonException)
        {
            return "The body is not valid JSON.";
        }

        return null;
    }

    private static bool IsValidText(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return Utf8.IsValid(reader.ValueSpan);
        }

        try
        {
            // Unescaping is where "\ud800" without its pair is caught.
            _ = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
