using TrustBot.Dialogs.Profile;

namespace TrustBot.Dialogs.Safety;

/// <summary>
/// Where safety events are recorded (the host keeps them in SQLite; tests in memory). Records name the
/// person, so the log is a personal-data store: exported and deleted with the rest of their data.
/// </summary>
public interface ISafetyAuditLog : IPersonalDataStore
{
    Task RecordAsync(SafetyAuditRecord record, CancellationToken cancellationToken);
}
