using TrustBot.Dialogs.Commands;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Modules;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Turns;
using TrustBot.Dialogs.Welcome;

namespace TrustBot.Dialogs.CheckIn;

/// <summary>"check in": a fresh check-in from any step, once consent is settled.</summary>
public sealed class CheckInCommand(ProfileAccessor profiles, SafetyLayer safety) : IBotCommand
{
    public string Id => "check-in";

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["en"] =
        [
            "check in", "checkin", "check-in", "start check in", "start a check in", "new check in", "lets check in",
            "i want to check in", "check in again", "start", "begin", "do a check in", "another check in",
        ],
    };

    public bool AsksWaitingQuestionAgain => false;

    public async Task ExecuteAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var profile = profiles.Profile(dc.Context);
        if (dc.ActiveDialog?.Id == WelcomeDialog.DialogId && profile.ConsentGiven is null)
        {
            // Whether to save the check-in has to be settled before it starts.
            await dc.Context.SendTextAsync(CommandMessages.FinishConsentFirst, cancellationToken);
            await dc.RepromptDialogAsync(cancellationToken);
            return;
        }

        if (dc.ActiveDialog is not null)
        {
            if (dc.ActiveDialog.Id == CheckInDialog.DialogId)
            {
                await dc.Context.SendTextAsync(CommandMessages.StartingFresh, cancellationToken);
            }

            await dc.CancelAllDialogsAsync(cancellationToken);
        }

        profile.Welcomed = true;
        safety.DiscardParked(dc.Context);
        await dc.BeginDialogAsync(CheckInDialog.DialogId, null, cancellationToken);
    }
}
