using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Modules;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Welcome;

namespace TrustBot.Dialogs.Scheduling;

/// <summary>
/// The welcome ended without a first check-in: offer a schedule (only to people whose settings may be
/// saved). With a first check-in the offer comes after it instead (<see cref="CheckInEndedScheduling"/>).
/// </summary>
public sealed class ScheduleOfferAfterWelcome(ProfileAccessor profiles) : DialogResultHandler<WelcomeResult>
{
    public override string DialogId => WelcomeDialog.DialogId;

    protected override Task HandleAsync(DialogContext dc, WelcomeResult result, CancellationToken cancellationToken) =>
        !result.StartCheckIn && profiles.MayStore(dc.Context) ? ScheduleOffer.SendAsync(dc.Context, cancellationToken) : Task.CompletedTask;
}
