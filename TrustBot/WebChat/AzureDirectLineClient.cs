using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using TrustBot.DirectLine;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.WebChat;

/// <summary>
/// Exchanges the Azure Direct Line secret for a per-person token
/// (<c>POST {endpoint}/v3/directline/tokens/generate</c>), so the secret never reaches a browser.
/// </summary>
public sealed class AzureDirectLineClient
{
    public const string HttpClientName = "TrustBot.AzureDirectLine";

    private readonly IHttpClientFactory _clients;
    private readonly DirectLineOptions _options;

    public AzureDirectLineClient(IHttpClientFactory clients, IOptions<DirectLineOptions> options)
    {
        _clients = clients;
        _options = options.Value;
    }

    public bool IsConfigured => !string.IsNullOrEmpty(_options.AzureSecret) && !string.IsNullOrEmpty(_options.AzureEndpoint);

    /// <summary>The base URL the widget uses with an Azure token.</summary>
    public string Domain => $"{_options.AzureEndpoint!.TrimEnd('/')}/v3/directline";

    /// <summary>A token from Azure for <paramref name="userId"/> (<c>dl_…</c>); null when Azure refused or is unreachable.</summary>
    public async Task<DirectLineConversationResponse?> GenerateTokenAsync(string userId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{Domain}/tokens/generate"))
        {
            Content = JsonContent.Create(new TokenParameters { User = new ChannelAccount { Id = userId } }, options: ProtocolJson.Options),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.AzureSecret);
        try
        {
            using var response = await _clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            var body = await response.Content.ReadFromJsonAsync<DirectLineConversationResponse>(ProtocolJson.Options, cancellationToken);
            return body is { Token.Length: > 0 } ? body : null;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
