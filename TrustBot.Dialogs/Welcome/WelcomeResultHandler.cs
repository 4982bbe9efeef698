using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Modules;

namespace TrustBot.Dialogs.Welcome;

/// <summary>After the welcome: the first check-in, when the person said yes to it.</summary>
public sealed class WelcomeResultHandler : DialogResultHandler<WelcomeResult>
{
    public override string DialogId => WelcomeDialog.DialogId;

    protected override Task HandleAsync(DialogContext dc, WelcomeResult result, CancellationToken cancellationToken) =>
        result.StartCheckIn ? dc.BeginDialogAsync(CheckInDialog.DialogId, null, cancellationToken) : Task.CompletedTask;
}
