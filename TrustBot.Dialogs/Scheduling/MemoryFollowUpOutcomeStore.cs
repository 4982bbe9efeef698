using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.Scheduling;

/// <summary>Follow-up outcomes in memory (memory storage mode and tests).</summary>
public sealed class MemoryFollowUpOutcomeStore : IFollowUpOutcomeStore
{
    private readonly List<FollowUpOutcome> _outcomes = [];

    public string Name => "followUps";

    public Task RecordAsync(FollowUpOutcome outcome, CancellationToken cancellationToken)
    {
        lock (_outcomes)
        {
            _outcomes.Add(outcome);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<FollowUpOutcome>> ReadAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        lock (_outcomes)
        {
            return Task.FromResult<IReadOnlyList<FollowUpOutcome>>(_outcomes.Where(o => o.ChannelId == channelId && o.UserId == userId).ToList());
        }
    }

    public async Task<JsonNode?> ExportAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var outcomes = await ReadAsync(channelId, userId, cancellationToken);
        return outcomes.Count == 0 ? null : JsonSerializer.SerializeToNode(outcomes, ProtocolJson.Options);
    }

    public Task DeleteAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        lock (_outcomes)
        {
            _outcomes.RemoveAll(o => o.ChannelId == channelId && o.UserId == userId);
        }

        return Task.CompletedTask;
    }
}
