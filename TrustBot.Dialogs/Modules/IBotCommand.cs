using TrustBot.Dialogs.Engine;

namespace TrustBot.Dialogs.Modules;

/// <summary>
/// A command that works from any step (conversation.md section 8). A capability contributes it through
/// DI (<see cref="BotModuleServiceCollectionExtensions.AddBotCommand{TCommand}"/>); the root handler
/// recognises it before the active dialog sees the message and never needs to know the list.
/// </summary>
public interface IBotCommand
{
    /// <summary>A stable name for logs ("help", "export-data").</summary>
    string Id { get; }

    /// <summary>
    /// What people type, by language ("en", "es", ...). Only a whole message counts (after lower-casing,
    /// folding accents and dropping punctuation and a leading "please"), so an answer that merely contains
    /// the word is never hijacked. A phrase with no letters ("?") is matched as typed.
    /// </summary>
    IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases { get; }

    /// <summary>True when the question that was waiting is asked again after the command ran (help, privacy).</summary>
    bool AsksWaitingQuestionAgain { get; }

    /// <summary>False while the active dialog answers these words itself (the "my data" menu's own buttons).</summary>
    bool AppliesWhile(DialogInstance? activeDialog) => true;

    /// <summary>Does what the command does, from whatever step the conversation is at.</summary>
    Task ExecuteAsync(DialogContext dc, CancellationToken cancellationToken);
}
