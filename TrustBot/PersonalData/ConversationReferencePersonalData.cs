using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Protocol;
using TrustBot.Messaging;

namespace TrustBot.PersonalData;

/// <summary>
/// The stored conversation reference (user id and name, conversation id, serviceUrl) in "my data":
/// exported, and deleted with everything else. The reference is refreshed before the turn runs, so the
/// turn that confirms the deletion does not write it back.
/// </summary>
public sealed class ConversationReferencePersonalData(ConversationReferenceStore references) : IPersonalDataStore
{
    public string Name => "conversationReferences";

    public async Task<JsonNode?> ExportAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var stored = await references.GetAsync(channelId, userId, cancellationToken);
        return stored is null ? null : JsonSerializer.SerializeToNode(stored, ProtocolJson.Options);
    }

    public Task DeleteAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        references.DeleteAsync(channelId, userId, cancellationToken);
}
