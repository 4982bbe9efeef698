using TrustBot.Dialogs.Profile;

namespace TrustBot.Dialogs.Handoff;

/// <summary>
/// Durable handoff requests and their relayed messages (SQLite in the host, memory in tests). Status
/// changes are compare-and-set so a therapist's accept and the person's cancel cannot both win.
/// </summary>
public interface IHandoffStore : IPersonalDataStore
{
    Task AddAsync(HandoffRequest request, CancellationToken cancellationToken);

    Task<HandoffRequest?> GetAsync(string requestId, CancellationToken cancellationToken);

    /// <summary>The person's open (waiting or live) request, if any.</summary>
    Task<HandoffRequest?> FindOpenAsync(string channelId, string userId, CancellationToken cancellationToken);

    /// <summary>Every open request (waiting and live), in no particular order.</summary>
    Task<IReadOnlyList<HandoffRequest>> ListOpenAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the request when its status is still <paramref name="expected"/>; false when it changed meanwhile.</summary>
    Task<bool> TryUpdateAsync(HandoffRequest updated, HandoffStatus expected, CancellationToken cancellationToken);

    Task<HandoffMessage> AddMessageAsync(string requestId, DateTimeOffset at, HandoffSpeaker speaker, string text, bool crisisAlert, CancellationToken cancellationToken);

    Task<IReadOnlyList<HandoffMessage>> ListMessagesAsync(string requestId, long afterSequence, CancellationToken cancellationToken);
}
