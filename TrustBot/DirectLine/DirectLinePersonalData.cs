using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.DirectLine;

/// <summary>Website transcripts in a person's "my data" export and deletion.</summary>
public sealed class DirectLinePersonalData(DirectLineStore store) : IPersonalDataStore
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
    /// Deletes the transcripts now; the conversation itself stays open so the confirmation reaches the
    /// person, and is removed by retention once idle.
    /// </summary>
    public Task DeleteAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        channelId == ChannelIds.DirectLine ? store.DeleteActivitiesByUserAsync(userId, cancellationToken) : Task.CompletedTask;
}
