using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.DirectLine;

/// <summary>
/// Serves one stream socket: replays what was stored after the watermark, then pushes new activities
/// as <c>{activities, watermark}</c> text frames, sends empty keep-alive frames, ignores the client's
/// pings, and closes with "collision" when a newer socket of the same client (same token) arrives.
/// </summary>
public sealed partial class DirectLineStreamHandler
{
    private readonly DirectLineStore _store;
    private readonly DirectLineStreamHub _hub;
    private readonly TimeProvider _time;
    private readonly DirectLineOptions _options;
    private readonly ILogger<DirectLineStreamHandler> _logger;

    public DirectLineStreamHandler(DirectLineStore store, DirectLineStreamHub hub, TimeProvider time, IOptions<DirectLineOptions> options, ILogger<DirectLineStreamHandler> logger)
    {
        _store = store;
        _hub = hub;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    public async Task RunAsync(WebSocket socket, string conversationId, string clientCredential, long watermark, CancellationToken cancellationToken)
    {
        using var subscription = _hub.Subscribe(conversationId, clientCredential);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, subscription.Replaced);
        var receiving = ReceiveUntilClosedAsync(socket, stop);
        try
        {
            watermark = await SendStoredAsync(socket, conversationId, watermark, stop.Token);
            var waiting = subscription.Reader.WaitToReadAsync(stop.Token).AsTask();
            while (!stop.IsCancellationRequested)
            {
                using (var idle = CancellationTokenSource.CreateLinkedTokenSource(stop.Token))
                {
                    var keepAlive = Task.Delay(_options.KeepAliveInterval, _time, idle.Token);
                    if (await Task.WhenAny(waiting, keepAlive) != waiting)
                    {
                        await keepAlive;
                        await SendTextAsync(socket, string.Empty, stop.Token);
                        continue;
                    }

                    // Activity arrived first: drop the pending keep-alive timer.
                    await idle.CancelAsync();
                }

                if (!await waiting)
                {
                    break;
                }

                var stored = false;
                var live = new List<Activity>();
                while (subscription.Reader.TryRead(out var item))
                {
                    if (item is null)
                    {
                        stored = true;
                    }
                    else
                    {
                        live.Add(item);
                    }
                }

                if (stored)
                {
                    watermark = await SendStoredAsync(socket, conversationId, watermark, stop.Token);
                }

                if (live.Count > 0)
                {
                    // No watermark: the client keeps its previous one, since live activities are not stored.
                    await SendTextAsync(socket, ProtocolJson.Serialize(new ActivitySet(live, null)), stop.Token);
                }

                waiting = subscription.Reader.WaitToReadAsync(stop.Token).AsTask();
            }
        }
        catch (OperationCanceledException)
        {
            // Client gone, newer socket, or shutdown: close below.
        }
        catch (WebSocketException)
        {
            LogSocketFailed(_logger);
        }
        finally
        {
            _hub.Unsubscribe(subscription);
        }

        await CloseAsync(socket, subscription.Replaced.IsCancellationRequested);
        await stop.CancelAsync();
        try
        {
            await receiving;
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Expected once the socket is closed.
        }
    }

    private async Task<long> SendStoredAsync(WebSocket socket, string conversationId, long watermark, CancellationToken cancellationToken)
    {
        while (true)
        {
            var page = await _store.GetActivitiesAsync(conversationId, watermark, cancellationToken);
            if (page.Activities.Count == 0)
            {
                return watermark;
            }

            watermark = page.Watermark;
            await SendTextAsync(socket, ProtocolJson.Serialize(new ActivitySet(page.Activities, DirectLineWatermark.Format(watermark))), cancellationToken);
        }
    }

    private static Task SendTextAsync(WebSocket socket, string text, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource stop)
    {
        // The client only sends empty pings; anything it sends is read and dropped.
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open && !stop.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        finally
        {
            await stop.CancelAsync();
        }
    }

    private static async Task CloseAsync(WebSocket socket, bool replaced)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(
                replaced ? WebSocketCloseStatus.PolicyViolation : WebSocketCloseStatus.NormalClosure,
                replaced ? "collision" : null,
                timeout.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The client already went.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A Direct Line stream socket failed.")]
    private static partial void LogSocketFailed(ILogger logger);
}
