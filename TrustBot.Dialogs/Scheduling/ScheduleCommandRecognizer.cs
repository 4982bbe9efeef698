using TrustBot.Dialogs.Engine;

namespace TrustBot.Dialogs.Scheduling;

/// <summary>
/// Recognises the schedule commands only as the whole message (like the other commands), so an answer
/// such as "later today" to another question is never taken for "later".
/// </summary>
public static class ScheduleCommandRecognizer
{
    private static readonly Dictionary<string, ScheduleCommand> Phrases = Build();

    public static ScheduleCommand Recognize(string? text)
    {
        var normalized = InputNormalizer.Normalize(text);
        if (normalized.StartsWith("please ", StringComparison.Ordinal))
        {
            normalized = normalized["please ".Length..];
        }

        return Phrases.GetValueOrDefault(normalized, ScheduleCommand.None);
    }

    /// <summary>The whole-message phrases of one command (for the module API's <c>Phrases</c>).</summary>
    public static IReadOnlyList<string> PhrasesFor(ScheduleCommand command) =>
        [.. Phrases.Where(p => p.Value == command).Select(p => p.Key)];

    private static Dictionary<string, ScheduleCommand> Build()
    {
        var phrases = new Dictionary<string, ScheduleCommand>(StringComparer.Ordinal);
        void Add(ScheduleCommand command, params string[] texts)
        {
            foreach (var text in texts)
            {
                phrases[InputNormalizer.Normalize(text)] = command;
            }
        }

        Add(ScheduleCommand.Schedule, "schedule", "my schedule", "check in schedule", "check-in schedule", "schedule check ins", "schedule check-ins",
            "set up check ins", "set up check-ins", "change my schedule", "reminders", "check in reminders", "change check in time");
        Add(ScheduleCommand.Pause, "pause check ins", "pause check-ins", "pause checkins", "pause reminders", "pause my check ins", "pause");
        Add(ScheduleCommand.Resume, "resume check ins", "resume check-ins", "resume checkins", "resume reminders", "unpause check ins", "resume");
        Add(ScheduleCommand.Stop, "stop check ins", "stop check-ins", "stop checkins", "stop reminders", "stop scheduled check ins",
            "no more check ins", "unsubscribe", "stop sending check ins", ScheduleMessages.StopButton);
        Add(ScheduleCommand.Later, ScheduleMessages.LaterButton, "later", "remind me later", "snooze", "not now", "in an hour");
        Add(ScheduleCommand.SkipToday, ScheduleMessages.SkipTodayButton, "skip today", "not today", "skip today's check in", ScheduleMessages.GentleNoButton);
        Add(ScheduleCommand.StartFollowUp, ScheduleMessages.FollowUpStartButton, "follow up", "follow-up", "start follow up");
        return phrases;
    }
}
