using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.History;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Protocol;
using TrustBot.Startup;

namespace TrustBot.History;

/// <summary>
/// Before the first request: moves the check-ins of every state document written before the history
/// table into it and slims the document. Idempotent (appends ignore ids already there, migrated documents
/// are skipped); a document changed meanwhile is left for the on-read migration of its next turn.
/// </summary>
public sealed partial class HistoryStartupMigration(IStorage storage, PersonHistory history, ILogger<HistoryStartupMigration> logger) : IWarmUpStep
{
    private const string UsersSegment = "/users/";

    public string Name => "history-migration";

    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        var migrated = await MigrateAllAsync(cancellationToken);
        LogMigrated(logger, migrated);
    }

    /// <summary>Returns how many documents were migrated.</summary>
    public async Task<int> MigrateAllAsync(CancellationToken cancellationToken)
    {
        var migrated = 0;
        foreach (var key in await storage.ListKeysAsync(string.Empty, cancellationToken))
        {
            var split = key.IndexOf(UsersSegment, StringComparison.Ordinal);
            if (split <= 0 || split + UsersSegment.Length >= key.Length)
            {
                continue;
            }

            var items = await storage.ReadAsync([key], cancellationToken);
            if (!items.TryGetValue(key, out var item) || JsonNode.Parse(item.Json) is not JsonObject document
                || document["profile"]?.Deserialize<UserProfile>(ProtocolJson.Options) is not { } profile)
            {
                continue;
            }

            if (!await history.MigrateAsync(key[..split], key[(split + UsersSegment.Length)..], profile, cancellationToken))
            {
                continue;
            }

            document["profile"] = JsonSerializer.SerializeToNode(profile, ProtocolJson.Options);
            try
            {
                await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(document.ToJsonString(ProtocolJson.Options), item.ETag) }, cancellationToken);
                migrated++;
            }
            catch (StorageConflictException)
            {
                // A turn wrote it first; that turn's next load migrates it (the appends are already in).
            }
        }

        return migrated;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved the check-ins of {Count} state documents into the history table.")]
    private static partial void LogMigrated(ILogger logger, int count);
}
