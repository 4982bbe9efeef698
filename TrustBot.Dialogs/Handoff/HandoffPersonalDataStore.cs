using System.Text.Json.Nodes;
using TrustBot.Dialogs.Profile;

namespace TrustBot.Dialogs.Handoff;

/// <summary>Puts whichever <see cref="IHandoffStore"/> is registered into "my data" export and delete.</summary>
public sealed class HandoffPersonalDataStore(IHandoffStore store) : IPersonalDataStore
{
    public string Name => store.Name;

    public Task<JsonNode?> ExportAsync(string channelId, string userId, CancellationToken cancellationToken) => store.ExportAsync(channelId, userId, cancellationToken);

    public Task DeleteAsync(string channelId, string userId, CancellationToken cancellationToken) => store.DeleteAsync(channelId, userId, cancellationToken);
}
