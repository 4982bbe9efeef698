using TrustBot.Dialogs.Protocol;

namespace TrustBot.DirectLine;

/// <summary>The optional body of token generation and conversation start: <c>{"user":{"id"},"locale"}</c>.</summary>
public sealed class TokenParameters
{
    public ChannelAccount? User { get; set; }

    public string? Locale { get; set; }
}
