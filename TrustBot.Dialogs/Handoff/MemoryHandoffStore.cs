using System.Text.Json.Nodes;

namespace TrustBot.Dialogs.Handoff;

/// <summary>The handoff store for tests and memory mode: lost on restart, otherwise the same contract as SQLite.</summary>
public sealed class MemoryHandoffStore : IHandoffStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, HandoffRequest> _requests = new(StringComparer.Ordinal);
    private readonly List<HandoffMessage> _messages = [];
    private long _sequence;

    public string Name => HandoffPersonalData.SectionName;

    public Task AddAsync(HandoffRequest request, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _requests.Add(request.Id, request);
        }

        return Task.CompletedTask;
    }

    public Task<HandoffRequest?> GetAsync(string requestId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_requests.GetValueOrDefault(requestId));
        }
    }

    public Task<HandoffRequest?> FindOpenAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_requests.Values.FirstOrDefault(r => r.IsOpen && r.ChannelId == channelId && r.UserId == userId));
        }
    }

    public Task<IReadOnlyList<HandoffRequest>> ListOpenAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<HandoffRequest>>([.. _requests.Values.Where(r => r.IsOpen)]);
        }
    }

    public Task<bool> TryUpdateAsync(HandoffRequest updated, HandoffStatus expected, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_requests.TryGetValue(updated.Id, out var current) || current.Status != expected)
            {
                return Task.FromResult(false);
            }

            _requests[updated.Id] = updated;
            return Task.FromResult(true);
        }
    }

    public Task<HandoffMessage> AddMessageAsync(string requestId, DateTimeOffset at, HandoffSpeaker speaker, string text, bool crisisAlert, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var message = new HandoffMessage(++_sequence, requestId, at, speaker, text, crisisAlert);
            _messages.Add(message);
            return Task.FromResult(message);
        }
    }

    public Task<IReadOnlyList<HandoffMessage>> ListMessagesAsync(string requestId, long afterSequence, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<HandoffMessage>>([.. _messages.Where(m => m.RequestId == requestId && m.Sequence > afterSequence)]);
        }
    }

    public Task<JsonNode?> ExportAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var requests = _requests.Values.Where(r => r.ChannelId == channelId && r.UserId == userId).OrderBy(r => r.RequestedAt).ToList();
            return Task.FromResult(HandoffPersonalData.Export(requests, r => _messages.Where(m => m.RequestId == r.Id)));
        }
    }

    public Task DeleteAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var ids = _requests.Values.Where(r => r.ChannelId == channelId && r.UserId == userId).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var id in ids)
            {
                _requests.Remove(id);
            }

            _messages.RemoveAll(m => ids.Contains(m.RequestId));
        }

        return Task.CompletedTask;
    }
}
