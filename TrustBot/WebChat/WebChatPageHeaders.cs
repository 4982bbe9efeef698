using TrustBot.DirectLine;

namespace TrustBot.WebChat;

/// <summary>
/// Security headers for the chat pages: no MIME sniffing, no referrer leaks, and framing only by this
/// site and the configured widget hosts (the embed page is what widget.js frames).
/// </summary>
public static class WebChatPageHeaders
{
    public static IApplicationBuilder UseWebChatPageHeaders(this IApplicationBuilder app)
    {
        var origins = app.ApplicationServices.GetRequiredService<DirectLineOriginPolicy>();
        var ancestors = string.Join(' ', origins.AllowedOrigins.Prepend("'self'"));
        return app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            var path = context.Request.Path;
            headers.ContentSecurityPolicy = path.StartsWithSegments("/embed.html") || path.StartsWithSegments("/embed")
                ? $"frame-ancestors {ancestors}"
                : "frame-ancestors 'self'";
            return next(context);
        });
    }
}
