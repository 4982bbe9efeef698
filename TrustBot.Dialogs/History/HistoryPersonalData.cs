using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.History;

/// <summary>The history table in "my data": every check-in and reflection in the export, all deleted with the person.</summary>
public sealed class HistoryPersonalData(PersonHistory history) : IPersonalDataStore
{
    public const string SectionName = "history";

    public string Name => SectionName;

    public async Task<JsonNode?> ExportAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var checkIns = await history.ReadCheckInsAsync(channelId, userId, DateTimeOffset.MinValue, cancellationToken);
        var reflections = await history.ReadReflectionsAsync(channelId, userId, DateTimeOffset.MinValue, cancellationToken);
        return checkIns.Count == 0 && reflections.Count == 0
            ? null
            : new JsonObject
            {
                ["checkIns"] = JsonSerializer.SerializeToNode(checkIns, ProtocolJson.Options),
                ["reflections"] = JsonSerializer.SerializeToNode(reflections, ProtocolJson.Options),
            };
    }

    public Task DeleteAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        history.Store.DeleteAsync(channelId, userId, cancellationToken);
}
