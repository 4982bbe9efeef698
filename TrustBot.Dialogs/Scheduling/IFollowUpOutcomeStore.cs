using TrustBot.Dialogs.Profile;

namespace TrustBot.Dialogs.Scheduling;

/// <summary>Follow-up outcomes, exported and deleted with the person's data.</summary>
public interface IFollowUpOutcomeStore : IPersonalDataStore
{
    Task RecordAsync(FollowUpOutcome outcome, CancellationToken cancellationToken);

    Task<IReadOnlyList<FollowUpOutcome>> ReadAsync(string channelId, string userId, CancellationToken cancellationToken);
}
