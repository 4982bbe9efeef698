using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Modules;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Progress;

/// <summary>
/// "reflect": the five ratings now, without waiting for the two-weekly offer (which then waits two weeks
/// again). In the middle of something else it says when, and asks the waiting question again.
/// </summary>
public sealed class ReflectCommand(ProfileAccessor profiles) : IBotCommand
{
    public string Id => "reflect";

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["en"] = ["reflect", "reflection", "my reflection", "start reflection", "start a reflection", "do a reflection", "do the reflection"],
    };

    public bool AsksWaitingQuestionAgain => false;

    /// <summary>The offer's own "reflect" answer belongs to the offer.</summary>
    public bool AppliesWhile(DialogInstance? activeDialog) => activeDialog?.Id != ReflectionDialog.DialogId;

    public async Task ExecuteAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.ActiveDialog is not null)
        {
            await dc.Context.SendTextAsync(ReflectionMessages.AfterThis, cancellationToken);
            await dc.RepromptDialogAsync(cancellationToken);
            return;
        }

        if (profiles.MayStore(dc.Context))
        {
            profiles.Profile(dc.Context).ReflectionOfferedAt = dc.Context.Time.GetUtcNow();
        }

        await dc.BeginDialogAsync(ReflectionDialog.DialogId, ReflectionDialog.AskedFor, cancellationToken);
    }
}
