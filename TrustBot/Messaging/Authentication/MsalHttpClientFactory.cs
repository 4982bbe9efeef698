using Microsoft.Identity.Client;

namespace TrustBot.Messaging.Authentication;

/// <summary>Gives MSAL the host's named token client, so its handlers, timeout and pooling apply to token calls.</summary>
public sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => factory.CreateClient(BotTokenProvider.HttpClientName);
}
