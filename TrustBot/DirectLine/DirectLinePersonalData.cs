using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.DirectLine;

/// <summary>Website transcripts in a person's "my data" export and deletion.</summary>
public sealed class DirectLinePersonalData(
    DirectLineStore store,
    DirectLineStreamHub hub,
    IStorage storage,
    TimeProvider time,
    IOptions<DirectLineOptions> options) : IPersonalDataStore
{
    public string Name => "websiteTranscripts";

    public async Task<JsonNode?> ExportAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        if (channelId != ChannelIds.DirectLine)
        {
            return null;
        }

        var exported = await store.ExportByUserAsync(userId, cancellationToken);
        return exported.Count == 0 ? null : JsonSerializer.SerializeToNode(exported, ProtocolJson.Options);
    }

    /// <summary>
    /// Deletes the person's other website conversations now (transcripts and their conversation state)
    /// and empties the current one but for the confirmation just sent; <see cref="DirectLineErasureService"/>
    /// erases that conversation once the confirmation has had <see cref="DirectLineOptions.DeletionConfirmationWindow"/> to arrive.
    /// </summary>
    public async Task DeleteAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        if (channelId != ChannelIds.DirectLine)
        {
            return;
        }

        var eraseAt = time.GetUtcNow() + options.Value.DeletionConfirmationWindow;
        var deleted = await store.EraseUserAsync(userId, eraseAt, cancellationToken);
        await DeleteConversationStateAsync(storage, deleted, cancellationToken);
        foreach (var conversationId in deleted)
        {
            hub.Disconnect(conversationId);
        }
    }

    /// <summary>Conversation state of website conversations that no longer exist.</summary>
    internal static Task DeleteConversationStateAsync(IStorage storage, IReadOnlyList<string> conversationIds, CancellationToken cancellationToken) =>
        conversationIds.Count == 0
            ? Task.CompletedTask
            : storage.DeleteAsync([.. conversationIds.Select(id => ConversationState.KeyFor(ChannelIds.DirectLine, id)!)], cancellationToken);
}
