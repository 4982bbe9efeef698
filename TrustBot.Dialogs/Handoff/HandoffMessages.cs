using System.Globalization;

namespace TrustBot.Dialogs.Handoff;

/// <summary>What the bot says around a handoff: plain about what is shared, who is speaking and how long it may take.</summary>
public static class HandoffMessages
{
    public const string SummaryIntro = "A therapist can see a short summary of your recent check-ins, so you don't have to start from the beginning. This is exactly what they would see:";
    public const string ConsentQuestion = "Is it okay to share this summary with the therapist? Nothing is shared unless you say yes.";
    public const string ShareButton = "Yes, share it";
    public const string DontShareButton = "No, don't share";
    public const string CancelRequestButton = "Cancel request";
    public const string NoCheckInsToShare = "You have no saved check-ins, so the therapist will only know that you asked to talk.";
    public const string Shared = "Thank you. The therapist will see that summary and nothing else from your check-ins.";
    public const string NotShared = "Okay, nothing from your check-ins will be shared.";
    public const string ConsentAgain = "Please tap \"Yes, share it\" or \"No, don't share\", or \"Cancel request\" if you'd rather not talk to a therapist now.";
    public const string Cancelled = "Okay, I've cancelled your request. Nobody will join. I'm still here, and you can ask for a person again any time.";
    public const string AlreadyWaiting = "You're already in the queue for a therapist.";
    public const string LiveNote = "Everything you type now goes to the therapist. Type \"crisis\" at any time for the crisis lines.";
    public const string EndedByPerson = "Okay, I've ended the chat with the therapist. I'm TrustBot again, a bot.";
    public const string FollowUpQuestion = "Would you like me to check in with you tomorrow?";
    public const string FollowUpYes = "Yes, check in tomorrow";
    public const string FollowUpNo = "No thanks";
    public const string FollowUpScheduled = "Okay, I'll check in with you tomorrow.";
    public const string FollowUpDeclined = "Okay. I'm here whenever you want to talk.";
    public const string BackAfterHandoff = "You can type \"check in\" whenever you're ready, or just tell me how you're doing.";
    public const string Resuming = "Let's pick up where we were.";

    public const string HubCompleted = "The person from the support team has ended the chat. I'm TrustBot again, a bot.";

    public static string HubQueued(int timeoutMinutes) => string.Create(CultureInfo.InvariantCulture,
        $"I've passed your request to our support team. A person will reply here when they're free; if nobody can take it within {timeoutMinutes} minutes, I'll tell you honestly. If things get worse while you wait, a crisis line is one tap away below.");

    public static string HubStillWaiting(int timeoutMinutes) => "I'm still waiting for the support team with you. " + HubQueued(timeoutMinutes);

    public static string HubFailed(string resources) =>
        "I'm sorry: the support team can't take your request right now, so nobody will join this chat. " + resources;

    public static string Queued(int position, int staffOnline, int estimatedMinutes, int timeoutMinutes)
    {
        var where = position == 1 ? "You're next in the queue" : string.Create(CultureInfo.InvariantCulture, $"You're number {position} in the queue");
        var wait = staffOnline == 0
            ? string.Create(CultureInfo.InvariantCulture, $"No therapist is online right now, so I can't promise anyone will come. I'll keep your request open for {timeoutMinutes} minutes and tell you honestly if nobody can take it.")
            : string.Create(CultureInfo.InvariantCulture, $"{staffOnline} {(staffOnline == 1 ? "therapist is" : "therapists are")} online; it may take about {estimatedMinutes} minutes. If nobody is free within {timeoutMinutes} minutes, I'll tell you.");
        return $"{where}. {wait} When a therapist joins, I'll say so, and they'll reply here. If things get worse while you wait, a crisis line is one tap away below.";
    }

    public static string StillWaiting(string queued) => "I'm still waiting for a therapist with you. " + queued;

    public static string Joined(string therapistName) => string.Create(CultureInfo.InvariantCulture,
        $"{therapistName}, a therapist, has joined the chat. {LiveNote}");

    public static string FromTherapist(string therapistName, string text) => $"{therapistName} (therapist): {text}";

    public static string Ended(string therapistName) => string.Create(CultureInfo.InvariantCulture,
        $"{therapistName} has ended the chat. I'm TrustBot again, a bot.");

    public static string TimedOut(int timeoutMinutes, string resources) => string.Create(CultureInfo.InvariantCulture,
        $"I'm sorry: no therapist was able to take your request within {timeoutMinutes} minutes, so I've closed it. {resources}");
}
