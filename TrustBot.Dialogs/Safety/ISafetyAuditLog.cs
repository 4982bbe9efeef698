namespace TrustBot.Dialogs.Safety;

/// <summary>Where safety events are recorded (the host keeps them in SQLite; tests in memory).</summary>
public interface ISafetyAuditLog
{
    Task RecordAsync(SafetyAuditRecord record, CancellationToken cancellationToken);
}
