using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Messaging;

/// <summary>
/// Where scheduled check-ins find people: one reference per person and channel under
/// <c>references/{channelId}/{userId}</c>, refreshed from every inbound activity of a one-to-one
/// conversation and deleted when the bot is uninstalled or removed.
/// </summary>
public sealed class ConversationReferenceStore
{
    public const string KeyPrefix = "references/";

    private readonly IStorage _storage;
    private readonly TimeProvider _time;

    public ConversationReferenceStore(IStorage storage, TimeProvider time)
    {
        _storage = storage;
        _time = time;
    }

    public static string KeyFor(string channelId, string userId) => $"{KeyPrefix}{channelId}/{userId}";

    /// <summary>Keeps the reference current from an inbound activity (or forgets it on uninstall).</summary>
    public async Task OnInboundActivityAsync(Activity activity, bool serviceUrlValidated, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(activity.From?.Id) || string.IsNullOrEmpty(activity.ServiceUrl))
        {
            return;
        }

        var key = KeyFor(activity.ChannelId, activity.From.Id);
        if (IsRemoval(activity))
        {
            await _storage.DeleteAsync([key], cancellationToken);
            return;
        }

        // Check-ins are personal: group chats and channels are not where a person's reference points.
        if (activity.Conversation?.IsGroup == true || activity.Conversation?.ConversationType is "channel" or "groupChat")
        {
            return;
        }

        var reference = activity.GetConversationReference();
        reference.Conversation = WithTenant(activity);

        // Proactive sends never thread, and keeping the per-turn activity id out avoids a write per message.
        reference.ActivityId = null;
        var stored = await _storage.ReadAsync([key], cancellationToken);
        string? etag = null;
        if (stored.TryGetValue(key, out var item))
        {
            etag = item.ETag;
            var existing = JsonSerializer.Deserialize<StoredConversationReference>(item.Json, ProtocolJson.Options);
            if (existing is not null && existing.ServiceUrlValidated == serviceUrlValidated && SameAddress(existing.Reference, reference))
            {
                return;
            }
        }

        var document = new StoredConversationReference { Reference = reference, ServiceUrlValidated = serviceUrlValidated, UpdatedAt = _time.GetUtcNow() };
        try
        {
            await _storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(JsonSerializer.Serialize(document, ProtocolJson.Options), etag) }, cancellationToken);
        }
        catch (StorageConflictException)
        {
            // A concurrent activity of the same person stored its (equally fresh) reference first.
        }
    }

    public async Task<StoredConversationReference?> GetAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var key = KeyFor(channelId, userId);
        var items = await _storage.ReadAsync([key], cancellationToken);
        return items.TryGetValue(key, out var item) ? JsonSerializer.Deserialize<StoredConversationReference>(item.Json, ProtocolJson.Options) : null;
    }

    /// <summary>Every stored reference (for the check-in scheduler).</summary>
    public async Task<IReadOnlyList<StoredConversationReference>> ListAsync(CancellationToken cancellationToken)
    {
        var keys = await _storage.ListKeysAsync(KeyPrefix, cancellationToken);
        var items = await _storage.ReadAsync(keys, cancellationToken);
        return items.Values.Select(i => JsonSerializer.Deserialize<StoredConversationReference>(i.Json, ProtocolJson.Options)).OfType<StoredConversationReference>().ToList();
    }

    public Task DeleteAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        _storage.DeleteAsync([KeyFor(channelId, userId)], cancellationToken);

    /// <summary>
    /// Teams names the tenant in <c>channelData.tenant.id</c> and not always in <c>conversation.tenantId</c>;
    /// a proactive send (and a later export) needs it, so the stored conversation carries it. A copy, so the
    /// inbound activity stays as the channel sent it.
    /// </summary>
    private static ConversationAccount? WithTenant(Activity activity)
    {
        if (activity.Conversation is not { } conversation || !string.IsNullOrEmpty(conversation.TenantId)
            || activity.ChannelData?["tenant"]?["id"] is not JsonValue id || !id.TryGetValue<string>(out var tenantId) || tenantId.Length == 0)
        {
            return activity.Conversation;
        }

        var copy = JsonSerializer.Deserialize<ConversationAccount>(JsonSerializer.SerializeToUtf8Bytes(conversation, ProtocolJson.Options), ProtocolJson.Options)!;
        copy.TenantId = tenantId;
        return copy;
    }

    private static bool IsRemoval(Activity activity) =>
        (activity.Type == ActivityTypes.InstallationUpdate && activity.Action is "remove" or "remove-upgrade")
        || (activity.Type == ActivityTypes.ConversationUpdate
            && activity.MembersRemoved?.Any(m => m.Id is not null && m.Id == activity.Recipient?.Id) == true);

    private static bool SameAddress(ConversationReference a, ConversationReference b) =>
        JsonSerializer.Serialize(a, ProtocolJson.Options) == JsonSerializer.Serialize(b, ProtocolJson.Options);
}
