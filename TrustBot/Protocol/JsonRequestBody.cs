using Microsoft.Net.Http.Headers;

namespace TrustBot.Protocol;

/// <summary>What the JSON endpoints (<c>/api/messages</c>, Direct Line) accept as a request body's media type.</summary>
public static class JsonRequestBody
{
    /// <summary>
    /// True for <c>application/json</c> and <c>application/*+json</c>, with any parameters (charset).
    /// Every channel, the Emulator and DirectLineJS send <c>application/json</c>; anything else gets 415
    /// rather than being guessed at.
    /// </summary>
    public static bool HasJsonContentType(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType))
        {
            return false;
        }

        var type = mediaType.MediaType;
        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }
}
