using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Modules;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Turns;
using TrustBot.Dialogs.Welcome;

namespace TrustBot.Dialogs.Commands.Cancel;

/// <summary>"cancel" / "stop": ends whatever runs, drops a parked dialog, and says what stopped.</summary>
public sealed class CancelCommand(ProfileAccessor profiles, SafetyLayer safety) : IBotCommand
{
    public string Id => "cancel";

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["en"] =
        [
            "cancel", "stop", "quit", "exit", "abort", "never mind", "nevermind", "forget it", "cancel check in", "stop check in",
            "stop the check in", "cancel this", "stop this",
        ],
        ["es"] = ["cancelar"],
        ["fr"] = ["annuler"],
        ["de"] = ["abbrechen"],
    };

    public bool AsksWaitingQuestionAgain => false;

    public async Task ExecuteAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var active = dc.ActiveDialog?.Id;
        if (active is null)
        {
            await dc.Context.SendTextAsync(CommandMessages.NothingToCancel, cancellationToken);
            return;
        }

        await dc.CancelAllDialogsAsync(cancellationToken);
        profiles.Conversation(dc.Context).CheckIn = null;
        safety.DiscardParked(dc.Context);
        if (active == WelcomeDialog.DialogId)
        {
            // Someone who stops the welcome has still been greeted; do not start it over.
            profiles.Profile(dc.Context).Welcomed = true;
        }

        await dc.Context.SendTextAsync(active == CheckInDialog.DialogId ? CommandMessages.CancelledCheckIn : CommandMessages.CancelledOther, cancellationToken);
    }
}
