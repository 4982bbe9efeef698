using TrustBot.Dialogs.Engine;

namespace TrustBot.Dialogs.Commands;

/// <summary>
/// Recognises a command only when the whole message is the command ("help", "cancel", "check in"),
/// so an answer that merely contains the word ("I needed help and didn't ask") is never hijacked.
/// </summary>
public static class CommandRecognizer
{
    private static readonly Dictionary<string, BotCommand> Phrases = Build();

    public static BotCommand Recognize(string? text)
    {
        if (text is not null && text.Trim() == "?")
        {
            return BotCommand.Help;
        }

        var normalized = InputNormalizer.Normalize(text);
        if (normalized.StartsWith("please ", StringComparison.Ordinal))
        {
            normalized = normalized["please ".Length..];
        }

        return Phrases.GetValueOrDefault(normalized, BotCommand.None);
    }

    private static Dictionary<string, BotCommand> Build()
    {
        var phrases = new Dictionary<string, BotCommand>(StringComparer.Ordinal);
        void Add(BotCommand command, params string[] texts)
        {
            foreach (var text in texts)
            {
                phrases[InputNormalizer.Normalize(text)] = command;
            }
        }

        Add(BotCommand.Help, "help", "what can you do", "what can i say", "commands", "menu", "options", "how does this work", "ayuda", "aide", "hilfe", "ajuda");
        Add(BotCommand.Cancel, "cancel", "stop", "quit", "exit", "abort", "never mind", "nevermind", "forget it", "cancel check in", "stop check in",
            "stop the check in", "cancel this", "stop this", "cancelar", "annuler", "abbrechen");
        Add(BotCommand.CheckIn, "check in", "checkin", "check-in", "start check in", "start a check in", "new check in", "lets check in",
            "i want to check in", "check in again", "start", "begin", "do a check in", "another check in");
        Add(BotCommand.Privacy, "privacy", "privacy policy", "what do you store", "what do you save", "what do you keep", "is this private", "data privacy");
        Add(BotCommand.MyData, "my data", "data", "manage my data", "my information");
        Add(BotCommand.ExportData, "export", "export my data", "export data", "download my data", "download my data", "send me my data");
        Add(BotCommand.DeleteData, "delete my data", "delete data", "delete everything", "delete all my data", "forget me", "erase my data", "remove my data");
        Add(BotCommand.Crisis, "crisis", "sos", "emergency", "crisis line", "hotline", "helpline", "crisis resources", "i need help now", "help now", "urgent");
        return phrases;
    }
}
