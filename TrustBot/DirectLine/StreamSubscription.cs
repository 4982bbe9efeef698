using System.Threading.Channels;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.DirectLine;

/// <summary>
/// One open stream socket's mailbox. A <c>null</c> item means "new activities were stored, read them
/// from the store"; a non-null item is a live-only activity (typing) that is never stored.
/// </summary>
public sealed class StreamSubscription : IDisposable
{
    private readonly Channel<Activity?> _mailbox = Channel.CreateUnbounded<Activity?>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _replaced = new();

    internal StreamSubscription(string conversationId, string clientKey)
    {
        ConversationId = conversationId;
        ClientKey = clientKey;
    }

    public string ConversationId { get; }

    /// <summary>Identifies the client (a hash of its token): a newer socket with the same key replaces this one.</summary>
    public string ClientKey { get; }

    public ChannelReader<Activity?> Reader => _mailbox.Reader;

    /// <summary>Cancelled when a newer socket of the same client takes over (Direct Line's "collision") or the conversation is deleted.</summary>
    public CancellationToken Replaced => _replaced.Token;

    internal void Post(Activity? item) => _mailbox.Writer.TryWrite(item);

    internal void Replace()
    {
        try
        {
            _replaced.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The socket already went away by itself.
        }
    }

    public void Dispose()
    {
        _mailbox.Writer.TryComplete();
        _replaced.Dispose();
    }
}
