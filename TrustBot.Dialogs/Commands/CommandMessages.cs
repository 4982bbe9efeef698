namespace TrustBot.Dialogs.Commands;

/// <summary>What the always-available commands say.</summary>
public static class CommandMessages
{
    public const string Help =
        "Here's what you can say at any time:\n\n" +
        "- **check in**: a 2 to 4 minute check-in about a feeling and one small step\n" +
        "- **skip**: skip the current question\n" +
        "- **cancel**: stop what we're doing\n" +
        "- **my data**: export or delete everything I've stored\n" +
        "- **privacy**: what I keep and why\n" +
        "- **my progress**: a look back at your last 7 and 30 days, in words and a chart\n" +
        "- **reflect**: five quick ratings of how things are changing (I also offer it every two weeks)\n" +
        "- **crisis**: crisis lines, if you're struggling or not safe\n\n" +
        "I'm a bot, not a therapist, and I can't call for help on my own.";

    public const string CancelledCheckIn = "Okay, I've stopped the check-in. Nothing from it was saved. Type \"check in\" whenever you like.";
    public const string CancelledOther = "Okay, I've stopped that.";
    public const string NothingToCancel = "There's nothing running to cancel. Type \"check in\" to start one, or \"help\" to see options.";
    public const string StartingFresh = "Let's start a fresh check-in.";
    public const string FinishConsentFirst = "Happy to. First, one quick question so I know whether to save it:";
    public const string Idle = "Hi again. Would you like to do a check-in?";
    public const string WelcomeBack = "Welcome back. Whenever you're ready, we can do a check-in.";
    public const string CheckInButton = "Check in";
    public const string HelpButton = "Help";

    public const string Privacy =
        "What I keep: if you agreed, your check-ins (feeling, ratings, what happened, your thoughts and chosen steps), your country and time zone. " +
        "If you didn't agree, I keep only that answer, and your check-ins are not saved.\n\n" +
        "What I never do: write what you type into logs, or share it with anyone. " +
        "Type \"my data\" to export or delete everything, at any time.";

    public const string MyDataQuestion = "What would you like to do with your data?";
    public const string ExportButton = "Export my data";
    public const string DeleteButton = "Delete my data";
    public const string KeepButton = "Nothing for now";
    public const string KeptData = "Okay, nothing changed.";

    public const string ExportIntro = "Here is everything I have stored about you, as a JSON file.";
    public const string ExportEmpty = "I have nothing stored about you beyond this conversation.";

    public const string DeleteQuestion =
        "This deletes your check-ins, settings and this conversation's history. It can't be undone. Delete everything?";

    public const string DeleteYes = "Yes, delete everything";
    public const string DeleteNo = "No, keep it";
    public const string Deleted = "Done. I've deleted everything I had stored about you. If you talk to me again, we'll start fresh.";
    public const string NotDeleted = "Okay, I haven't deleted anything.";

    public static string ExportSummary(int checkIns) => checkIns switch
    {
        0 => "You have no saved check-ins yet.",
        1 => "It includes 1 saved check-in.",
        _ => $"It includes {checkIns} saved check-ins.",
    };
}
