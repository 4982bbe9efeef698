using Microsoft.Extensions.Options;

namespace TrustBot.Messaging.Authentication;

/// <summary>
/// Azure.Identity asks the VM metadata service at its fixed address (only a process-wide environment variable
/// moves it). When <see cref="BotAuthenticationOptions.InstanceMetadataEndpoint"/> names another endpoint, the
/// bot's own token requests in that shape are sent there instead, query and headers unchanged.
/// </summary>
public sealed class InstanceMetadataEndpointHandler(IOptions<BotAuthenticationOptions> options) : DelegatingHandler
{
    private static readonly Uri DefaultEndpoint = new(BotAuthenticationOptions.DefaultInstanceMetadataEndpoint);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var configured = new Uri(options.Value.InstanceMetadataEndpoint);
        if (configured != DefaultEndpoint && request.RequestUri is { } uri
            && string.Equals(uri.GetLeftPart(UriPartial.Path), DefaultEndpoint.AbsoluteUri, StringComparison.OrdinalIgnoreCase))
        {
            request.RequestUri = new UriBuilder(configured) { Query = uri.Query.TrimStart('?') }.Uri;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
