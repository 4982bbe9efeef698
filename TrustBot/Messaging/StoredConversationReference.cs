using TrustBot.Dialogs.Protocol;

namespace TrustBot.Messaging;

/// <summary>
/// A person's conversation reference as stored for proactive messages. <see cref="ServiceUrlValidated"/>
/// is true only when it arrived on a request whose token passed validation (spec A7560): only then
/// may the bot's token be sent to that serviceUrl.
/// </summary>
public sealed class StoredConversationReference
{
    public ConversationReference Reference { get; set; } = new();

    public bool ServiceUrlValidated { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
