using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Modules;

namespace TrustBot.Dialogs.Progress;

/// <summary>After a finished check-in: the two-week reflection, when it is due.</summary>
public sealed class ReflectionAfterCheckIn(ReflectionOffer offer) : IDialogResultHandler
{
    public string DialogId => CheckInDialog.DialogId;

    public Task HandleAsync(DialogContext dc, DialogTurnResult result, CancellationToken cancellationToken) =>
        offer.OfferIfDueAsync(dc, cancellationToken);
}
