using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Modules;

namespace TrustBot.Dialogs.Commands.MyData;

/// <summary>"my data": the export / delete menu, in place of whatever ran.</summary>
public sealed class MyDataCommand : IBotCommand
{
    public string Id => "my-data";

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["en"] = ["my data", "data", "manage my data", "my information"],
    };

    public bool AsksWaitingQuestionAgain => false;

    public async Task ExecuteAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        await dc.BeginDialogAsync(MyDataDialog.DialogId, null, cancellationToken);
    }
}
