using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Modules;
using TrustBot.Dialogs.Profile;

namespace TrustBot.Dialogs.Safety;

/// <summary>After the safety dialog: the parked dialog comes back only when the person asked for it.</summary>
public sealed class SafetyDialogResultHandler(SafetyLayer safety, ProfileAccessor profiles) : DialogResultHandler<SafetyDialogResult>
{
    public override string DialogId => SafetyDialog.DialogId;

    protected override Task HandleAsync(DialogContext dc, SafetyDialogResult result, CancellationToken cancellationToken) =>
        result.Resume ? safety.ResumeParkedAsync(dc, profiles.DialogState(dc.Context), cancellationToken) : Task.CompletedTask;
}
