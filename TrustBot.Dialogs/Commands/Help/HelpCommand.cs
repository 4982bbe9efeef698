using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Modules;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Commands.Help;

/// <summary>"help": what can be said at any time, then the waiting question again.</summary>
public sealed class HelpCommand : IBotCommand
{
    public string Id => "help";

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["en"] = ["help", "?", "what can you do", "what can i say", "commands", "menu", "options", "how does this work"],
        ["es"] = ["ayuda"],
        ["fr"] = ["aide"],
        ["de"] = ["hilfe"],
        ["pt"] = ["ajuda"],
    };

    public bool AsksWaitingQuestionAgain => true;

    public Task ExecuteAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.Context.SendTextAsync(CommandMessages.Help, cancellationToken);
}
