using TrustBot.Dialogs.Commands;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.Commands.MyData;

/// <summary>Asks once, clearly, then deletes everything stored about the person.</summary>
public sealed class DeleteDataDialog : ComponentDialog
{
    /// <summary>Stored in conversation state: do not rename without a migration.</summary>
    public const string DialogId = "deleteData";

    private const string ConfirmPromptId = "deleteData.confirm";
    private readonly PersonalDataService _personalData;

    public DeleteDataDialog(PersonalDataService personalData)
        : base(DialogId)
    {
        _personalData = personalData;
        AddDialog(new WaterfallDialog("deleteData.steps", [AskStepAsync, DeleteStepAsync]));
        AddDialog(new ConfirmPrompt(ConfirmPromptId));
    }

    private static Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(ConfirmPromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(CommandMessages.DeleteQuestion),
            Choices = [new(CommandMessages.DeleteYes), new(CommandMessages.DeleteNo)],
            AllowSkip = false,
        }, cancellationToken);

    private async Task<DialogTurnResult> DeleteStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var confirmed = step.Result is not null && step.ResultAs<bool>();
        if (!confirmed)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(CommandMessages.NotDeleted), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var result = await step.EndDialogAsync(null, cancellationToken);
        await step.Context.SendActivityAsync(MessageFactory.Text(CommandMessages.Deleted), cancellationToken);

        // Last in the turn: nothing may touch state after it is cleared, or it would be written back.
        await _personalData.DeleteAsync(step.Context, cancellationToken);
        return result;
    }
}
