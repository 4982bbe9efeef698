using Microsoft.Extensions.Options;

namespace TrustBot.Messaging.Authentication;

/// <summary>
/// MSAL only accepts an https authority. A plain-http <see cref="BotAuthenticationOptions.LoginEndpoint"/>
/// (allowed only with <c>RequireHttpsMetadata=false</c>, i.e. a local stand-in issuer) is handed to MSAL as
/// https and its requests are sent back to the http address here.
/// </summary>
public sealed class LoginEndpointSchemeHandler(IOptions<BotAuthenticationOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var login = new Uri(options.Value.LoginEndpoint);
        if (!options.Value.RequireHttpsMetadata && login.Scheme == Uri.UriSchemeHttp && request.RequestUri is { } uri
            && uri.Scheme == Uri.UriSchemeHttps && string.Equals(uri.Authority, login.Authority, StringComparison.OrdinalIgnoreCase))
        {
            request.RequestUri = new UriBuilder(uri) { Scheme = Uri.UriSchemeHttp, Port = login.Port }.Uri;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
