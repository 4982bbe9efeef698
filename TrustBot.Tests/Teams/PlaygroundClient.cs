using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace TrustBot.Tests.Teams;

/// <summary>
/// Drives the Agents Playground without a browser, through the internal API its own web UI uses
/// (undocumented, see shared/design/clients.md section 6): the config for ids, the conversation stream
/// WebSocket for what the bot shows, the installation call for "add the app", and the messages endpoint
/// for what the user types.
/// </summary>
internal sealed class PlaygroundClient : IAsyncDisposable
{
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(15);

    private readonly HttpClient _http;
    private readonly ClientWebSocket _socket;
    private readonly Channel<PlaygroundMessage> _arrivals = Channel.CreateUnbounded<PlaygroundMessage>();
    private readonly ConcurrentQueue<PlaygroundMessage> _transcript = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _receiving = Task.CompletedTask;

    private PlaygroundClient(HttpClient http, ClientWebSocket socket, string conversationId, string userId, string botId)
    {
        _http = http;
        _socket = socket;
        ConversationId = conversationId;
        UserId = userId;
        BotId = botId;
    }

    /// <summary>The personal chat's id (the Playground makes a new one every run).</summary>
    public string ConversationId { get; }

    public string UserId { get; }

    public string BotId { get; }

    /// <summary>Every bot message seen so far, in order.</summary>
    public IReadOnlyList<PlaygroundMessage> Transcript => [.. _transcript];

    public static async Task<PlaygroundClient> ConnectAsync(Uri baseAddress, CancellationToken cancellationToken)
    {
        var http = new HttpClient { BaseAddress = baseAddress };
        using var configDocument = JsonDocument.Parse(await http.GetStringAsync(new Uri("_internal/v1/config", UriKind.Relative), cancellationToken));
        var config = configDocument.RootElement.GetProperty("config");
        var conversationId = config.GetProperty("personalChat").GetProperty("id").GetString()!;
        var userId = config.GetProperty("currentUser").GetProperty("id").GetString()!;
        var botId = config.GetProperty("bot").GetProperty("id").GetString()!;

        var socket = new ClientWebSocket();
        var streamUri = new UriBuilder(new Uri(baseAddress, "_ws_conversation/v1/conversations/stream")) { Scheme = "ws" }.Uri;
        await socket.ConnectAsync(streamUri, cancellationToken);
        var client = new PlaygroundClient(http, socket, conversationId, userId, botId);
        client._receiving = client.ReceiveAsync(client._stop.Token);
        return client;
    }

    /// <summary>What the Playground's "install the app" does: installationUpdate, then conversationUpdate with members added.</summary>
    public async Task InstallAsync(CancellationToken cancellationToken)
    {
        using var content = new StringContent("{}", Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri($"_debug/conversation/{Uri.EscapeDataString(ConversationId)}/installation", UriKind.Relative), content, cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"Installing the app in the Playground answered {(int)response.StatusCode}.");
    }

    /// <summary>Types <paramref name="text"/> into the personal chat and presses send.</summary>
    public async Task SendAsync(string text, CancellationToken cancellationToken)
    {
        var body = new { type = "text", text, textFormat = "plain", from = new { id = UserId } };
        using var response = await _http.PostAsJsonAsync(new Uri($"_conversation/v1/conversations/{Uri.EscapeDataString(ConversationId)}/messages", UriKind.Relative), body, cancellationToken);
        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"The Playground refused the message \"{text}\": {(int)response.StatusCode} {answer}");
    }

    /// <summary>
    /// The bot messages that arrive until one satisfies <paramref name="isLast"/> (that one included).
    /// Fails with everything received when that does not happen within the turn timeout.
    /// </summary>
    public async Task<IReadOnlyList<PlaygroundMessage>> ReadUntilAsync(Func<PlaygroundMessage, bool> isLast, string expectation, CancellationToken cancellationToken)
    {
        var turn = new List<PlaygroundMessage>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TurnTimeout);
        try
        {
            while (true)
            {
                var message = await _arrivals.Reader.ReadAsync(timeout.Token);
                turn.Add(message);
                if (isLast(message))
                {
                    return turn;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Assert.Fail($"Waited {TurnTimeout.TotalSeconds} s for {expectation}. This turn showed:\n{string.Join("\n", turn)}\n" +
                        $"The whole conversation:\n{string.Join("\n", _transcript)}");
            throw;
        }
        catch (ChannelClosedException ex)
        {
            Assert.Fail($"The Playground's conversation stream closed while waiting for {expectation}: {ex.InnerException?.Message}");
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _receiving;
        }
        catch (OperationCanceledException)
        {
            // Stopping is what was asked for.
        }

        _socket.Abort();
        _socket.Dispose();
        _http.Dispose();
        _stop.Dispose();
    }

    private async Task ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                frame.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                OnFrame(frame.ToArray());
                frame.SetLength(0);
            }

            _arrivals.Writer.TryComplete();
        }
        catch (Exception ex) when (ex is WebSocketException or JsonException)
        {
            _arrivals.Writer.TryComplete(ex);
        }
    }

    private void OnFrame(byte[] frame)
    {
        using var document = JsonDocument.Parse(frame);
        var root = document.RootElement;
        // createMessage is a new message in the chat; updateMessage and typing are not used by this bot's flow.
        if (root.TryGetProperty("action", out var action) && action.GetString() == "createMessage"
            && root.TryGetProperty("message", out var message)
            && message.TryGetProperty("from", out var from) && from.TryGetProperty("id", out var fromId) && fromId.GetString() == BotId)
        {
            var parsed = PlaygroundMessage.Parse(message);
            _transcript.Enqueue(parsed);
            _arrivals.Writer.TryWrite(parsed);
        }
    }
}
