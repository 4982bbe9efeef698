using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Modules;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Commands.Privacy;

/// <summary>"privacy": what is kept and why, then the waiting question again.</summary>
public sealed class PrivacyCommand : IBotCommand
{
    public string Id => "privacy";

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["en"] = ["privacy", "privacy policy", "what do you store", "what do you save", "what do you keep", "is this private", "data privacy"],
    };

    public bool AsksWaitingQuestionAgain => true;

    public Task ExecuteAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.Context.SendTextAsync(CommandMessages.Privacy, cancellationToken);
}
