using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.Safety;

/// <summary>An in-process audit log (tests, and a host without a database).</summary>
public sealed class MemorySafetyAuditLog : ISafetyAuditLog
{
    private readonly List<SafetyAuditRecord> _records = [];

    public string Name => "safetyAudit";

    public IReadOnlyList<SafetyAuditRecord> Records
    {
        get
        {
            lock (_records)
            {
                return _records.ToList();
            }
        }
    }

    public Task RecordAsync(SafetyAuditRecord record, CancellationToken cancellationToken)
    {
        lock (_records)
        {
            _records.Add(record);
        }

        return Task.CompletedTask;
    }

    public Task<JsonNode?> ExportAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var mine = Records.Where(r => r.ChannelId == channelId && r.UserId == userId).ToList();
        return Task.FromResult(mine.Count == 0 ? null : JsonSerializer.SerializeToNode(mine, ProtocolJson.Options));
    }

    public Task DeleteAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        lock (_records)
        {
            _records.RemoveAll(r => r.ChannelId == channelId && r.UserId == userId);
        }

        return Task.CompletedTask;
    }
}
