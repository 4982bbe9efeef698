using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Scheduling;
using TrustBot.DirectLine;

namespace TrustBot.Scheduling;

/// <summary>
/// Website people, through the embedded Direct Line: the prompt is added to their conversation's
/// transcript, pushed live when the widget has its WebSocket open, and otherwise waits there until the
/// widget next connects. Falls back to the person's latest conversation when the stored one has expired.
/// </summary>
public sealed class DirectLineProactiveChannel(DirectLineConversations conversations, DirectLineStore store) : IProactiveChannel
{
    public async Task<DeliveryResult?> TryDeliverAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        if (entry.ChannelId != ChannelIds.DirectLine)
        {
            return null;
        }

        var candidates = new List<string>();
        if (entry.ConversationId is { } stored)
        {
            candidates.Add(stored);
        }

        candidates.AddRange((await store.GetConversationIdsByUserAsync(entry.UserId, cancellationToken)).Reverse());
        foreach (var conversationId in candidates.Distinct())
        {
            var prompt = CheckInPromptFactory.Create(entry.Kind, ChannelIds.DirectLine, "personal");
            if (await conversations.SendProactiveAsync(conversationId, prompt, cancellationToken) is not null)
            {
                return DeliveryResult.Delivered;
            }
        }

        // Not one of this process's website conversations: an Azure Direct Line person is a Connector one.
        return null;
    }
}
