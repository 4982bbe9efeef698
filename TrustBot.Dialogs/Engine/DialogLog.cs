using Microsoft.Extensions.Logging;

namespace TrustBot.Dialogs.Engine;

/// <summary>
/// Logs dialogs beginning and ending with their id, step index and duration, never what anyone typed.
/// Inner dialogs (prompts, waterfalls) log at Debug, the dialogs a person would name at Information.
/// </summary>
public sealed partial class DialogLog(ILogger<DialogLog> logger)
{
    public void Began(string dialogId, bool inner)
    {
        if (inner)
        {
            LogInnerBegan(logger, dialogId);
        }
        else
        {
            LogBegan(logger, dialogId);
        }
    }

    public void Ended(DialogInstance instance, DialogReason reason, int? stepIndex, bool inner, DateTimeOffset now)
    {
        var durationMs = instance.StartedAt is { } started ? (long)(now - started).TotalMilliseconds : -1;
        if (inner)
        {
            LogInnerEnded(logger, instance.Id, reason, stepIndex ?? -1, durationMs);
        }
        else
        {
            LogEnded(logger, instance.Id, reason, stepIndex ?? -1, durationMs);
        }
    }

    /// <summary>An answered card could not be edited in place; the answer stands.</summary>
    public void CardUpdateFailed(string exceptionType) => LogCardUpdateFailed(logger, exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update an answered card in place ({ExceptionType}).")]
    private static partial void LogCardUpdateFailed(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dialog {DialogId} began.")]
    private static partial void LogBegan(ILogger logger, string dialogId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Dialog {DialogId} began.")]
    private static partial void LogInnerBegan(ILogger logger, string dialogId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dialog {DialogId} ended ({Reason}) at step {StepIndex} after {DurationMs} ms.")]
    private static partial void LogEnded(ILogger logger, string dialogId, DialogReason reason, int stepIndex, long durationMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Dialog {DialogId} ended ({Reason}) at step {StepIndex} after {DurationMs} ms.")]
    private static partial void LogInnerEnded(ILogger logger, string dialogId, DialogReason reason, int stepIndex, long durationMs);
}
