using System.Text.Json.Nodes;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.Scheduling;

/// <summary>
/// Builds the proactive messages. The text is discreet (a lock-screen preview shows nothing personal),
/// every choice is one tap, and Teams raises an activity-feed notification for it.
/// </summary>
public static class CheckInPromptFactory
{
    public static Activity Create(PromptKind kind, string? channelId, string? conversationType)
    {
        var (text, choices) = kind switch
        {
            PromptKind.Gentle => (ScheduleMessages.GentlePrompt, new List<Choice>
            {
                new(ScheduleMessages.GentleYesButton), new(ScheduleMessages.GentleNoButton), new(ScheduleMessages.StopButton),
            }),
            PromptKind.FollowUp => (ScheduleMessages.FollowUpPrompt, new List<Choice>
            {
                new(ScheduleMessages.FollowUpStartButton), new(ScheduleMessages.LaterButton),
            }),
            PromptKind.HandoffFollowUp => (ScheduleMessages.HandoffFollowUpPrompt, new List<Choice>
            {
                new(ScheduleMessages.StartButton), new(ScheduleMessages.TalkToPersonButton),
            }),
            _ => (ScheduleMessages.Prompt, new List<Choice>
            {
                new(ScheduleMessages.StartButton), new(ScheduleMessages.LaterButton), new(ScheduleMessages.SkipTodayButton), new(ScheduleMessages.StopButton),
            }),
        };

        var activity = MessageFactory.Text(text);
        activity.InputHint = InputHints.ExpectingInput;

        // Only the first line is what a notification shows, so the gentle text keeps its question short too.
        activity.Summary = kind is PromptKind.FollowUp or PromptKind.HandoffFollowUp ? ScheduleMessages.FollowUpPrompt : ScheduleMessages.Prompt;
        var shape = new Activity
        {
            ChannelId = channelId,
            Conversation = new ConversationAccount { ConversationType = conversationType ?? "personal" },
        };
        ChoiceFactory.Apply(activity, choices, shape, ListStyle.Auto);
        if (channelId == ChannelIds.MsTeams)
        {
            activity.ChannelData = new JsonObject { ["notification"] = new JsonObject { ["alert"] = true } };
        }

        return activity;
    }
}
