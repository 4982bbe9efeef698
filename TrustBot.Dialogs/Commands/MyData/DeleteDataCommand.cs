using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Modules;

namespace TrustBot.Dialogs.Commands.MyData;

/// <summary>"delete my data": the clear confirmation, in place of whatever ran.</summary>
public sealed class DeleteDataCommand : IBotCommand
{
    public string Id => "delete-data";

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["en"] = ["delete my data", "delete data", "delete everything", "delete all my data", "forget me", "erase my data", "remove my data"],
    };

    public bool AsksWaitingQuestionAgain => false;

    /// <summary>The "my data" menu answers its own Delete button.</summary>
    public bool AppliesWhile(DialogInstance? activeDialog) => activeDialog?.Id != MyDataDialog.DialogId;

    public async Task ExecuteAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        await dc.BeginDialogAsync(DeleteDataDialog.DialogId, null, cancellationToken);
    }
}
