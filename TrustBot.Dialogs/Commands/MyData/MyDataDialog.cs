using TrustBot.Dialogs.Commands;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.Commands.MyData;

/// <summary>"my data": export or delete, with nothing changed as the default.</summary>
public sealed class MyDataDialog : ComponentDialog
{
    /// <summary>Stored in conversation state: do not rename without a migration.</summary>
    public const string DialogId = "myData";

    private const string ChoicePromptId = "myData.choice";
    private const string Export = "export";
    private const string Delete = "delete";
    private const string Keep = "keep";
    private readonly PersonalDataService _personalData;

    public MyDataDialog(PersonalDataService personalData)
        : base(DialogId)
    {
        _personalData = personalData;
        AddDialog(new WaterfallDialog("myData.steps", [AskStepAsync, ActStepAsync]));
        AddDialog(new ChoicePrompt(ChoicePromptId));
    }

    private static Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(CommandMessages.MyDataQuestion),
            Choices = [new(Export, CommandMessages.ExportButton, "export", "download"), new(Delete, CommandMessages.DeleteButton, "delete", "erase"), new(Keep, CommandMessages.KeepButton, "nothing", "keep", "no")],
        }, cancellationToken);

    private async Task<DialogTurnResult> ActStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        switch (step.ResultAs<FoundChoice>()?.Value)
        {
            case Export:
                await _personalData.SendExportAsync(step.Context, cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
            case Delete:
                return await step.DialogContext.ReplaceDialogAsync(DeleteDataDialog.DialogId, null, cancellationToken);
            default:
                await step.Context.SendActivityAsync(MessageFactory.Text(CommandMessages.KeptData), cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
        }
    }
}
