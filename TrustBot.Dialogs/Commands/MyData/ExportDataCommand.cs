using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Modules;
using TrustBot.Dialogs.Profile;

namespace TrustBot.Dialogs.Commands.MyData;

/// <summary>"export my data": the export file, then the waiting question again.</summary>
public sealed class ExportDataCommand(PersonalDataService personalData) : IBotCommand
{
    public string Id => "export-data";

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["en"] = ["export", "export my data", "export data", "download my data", "send me my data"],
    };

    public bool AsksWaitingQuestionAgain => true;

    /// <summary>The "my data" menu answers its own Export button.</summary>
    public bool AppliesWhile(DialogInstance? activeDialog) => activeDialog?.Id != MyDataDialog.DialogId;

    public Task ExecuteAsync(DialogContext dc, CancellationToken cancellationToken) =>
        personalData.SendExportAsync(dc.Context, cancellationToken);
}
