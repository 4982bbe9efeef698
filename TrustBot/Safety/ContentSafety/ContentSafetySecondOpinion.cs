using System.Net;
using Microsoft.Extensions.Options;
using TrustBot.Dialogs.Safety;

namespace TrustBot.Safety.ContentSafety;

/// <summary>
/// Asks Azure AI Content Safety about a message the local detector already judged, within a short
/// timeout. High SelfHarm severity raises a calm verdict to the direct question or to escalation; very
/// high Violence escalates as possible harm to others. It never lowers a verdict, and on timeout,
/// throttling, errors or an unreachable service the local verdict stands. Logs outcomes only, never text.
/// </summary>
public sealed partial class ContentSafetySecondOpinion(
    ContentSafetyClient client,
    IOptions<ContentSafetyOptions> options,
    TimeProvider timeProvider,
    ILogger<ContentSafetySecondOpinion> logger) : ICrisisSecondOpinion
{
    public async Task<SafetyAssessment> ReviewAsync(string text, SafetyAssessment local, CancellationToken cancellationToken)
    {
        // Medical and escalate are already the most urgent answers: nothing to raise, no need to send the text.
        if (local.Decision is CrisisDecision.Medical or CrisisDecision.Escalate || string.IsNullOrWhiteSpace(text))
        {
            return local;
        }

        var settings = options.Value;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(settings.TimeoutMilliseconds), timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        ContentSafetySeverities severities;
        try
        {
            severities = await client.AnalyzeAsync(text, linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogLocalStands(logger, "timeout", null, null);
            return local;
        }
        catch (ContentSafetyException ex)
        {
            LogLocalStands(logger, ex.StatusCode == HttpStatusCode.TooManyRequests ? "throttled" : "service-error", (int)ex.StatusCode, ex.ErrorCode);
            return local;
        }
        catch (HttpRequestException ex)
        {
            LogLocalStands(logger, "unreachable", (int?)ex.StatusCode, null);
            return local;
        }

        var raised = Raise(local, severities, settings);
        LogReviewed(logger, severities.SelfHarm, severities.Violence, raised.Decision != local.Decision);
        return raised;
    }

    private static SafetyAssessment Raise(SafetyAssessment local, ContentSafetySeverities s, ContentSafetyOptions settings)
    {
        if (s.SelfHarm >= settings.SelfHarmEscalateSeverity)
        {
            return local with { Decision = CrisisDecision.Escalate, Category = local.Category == CrisisCategory.None ? CrisisCategory.SuicidalThoughts : local.Category, RuleId = "content-safety.self-harm" };
        }

        // Abuse already opens the safety flow with its own questions; the rest may go up.
        if (local.Decision == CrisisDecision.Continue && s.Violence >= settings.ViolenceEscalateSeverity)
        {
            return local with { Decision = CrisisDecision.Escalate, Category = CrisisCategory.HarmToOthers, RuleId = "content-safety.violence" };
        }

        if (local.Decision == CrisisDecision.Continue && s.SelfHarm >= settings.SelfHarmClarifySeverity)
        {
            return local with { Decision = CrisisDecision.Clarify, Category = CrisisCategory.SuicidalThoughts, RuleId = "content-safety.self-harm-low" };
        }

        return local;
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Debug, Message = "Content Safety second opinion: self-harm {SelfHarm}, violence {Violence}, raised {Raised}")]
    private static partial void LogReviewed(ILogger logger, int selfHarm, int violence, bool raised);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "Content Safety unavailable, the local verdict stands: {Reason} (status {Status}, code {ErrorCode})")]
    private static partial void LogLocalStands(ILogger logger, string reason, int? status, string? errorCode);
}
