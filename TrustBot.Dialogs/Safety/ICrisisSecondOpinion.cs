namespace TrustBot.Dialogs.Safety;

/// <summary>
/// An optional second reading of a message after the local detector (e.g. a cloud classifier). It may
/// only raise the local verdict, never lower it, and must return the local verdict when it cannot
/// answer in time.
/// </summary>
public interface ICrisisSecondOpinion
{
    Task<SafetyAssessment> ReviewAsync(string text, SafetyAssessment local, CancellationToken cancellationToken);
}
