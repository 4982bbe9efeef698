using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.CheckIn;

/// <summary>
/// "Something else" / "my own idea": one open question whose answer comes back as an <see cref="OwnWords"/>
/// record, so the step after it knows by the dialog's id which question was answered.
/// </summary>
public sealed class OwnWordsDialog : ComponentDialog
{
    private readonly string _question;
    private readonly string _textPromptId;

    public OwnWordsDialog(string id, string question)
        : base(id)
    {
        _question = question;
        _textPromptId = id + ".text";
        AddDialog(new WaterfallDialog(id + ".steps", [AskStepAsync, EndStepAsync]));
        AddDialog(new TextPrompt(_textPromptId));
    }

    private Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(_textPromptId, new PromptOptions { Prompt = MessageFactory.Text(_question), SkipButtonTitle = CheckInMessages.SkipButton }, cancellationToken);

    private static Task<DialogTurnResult> EndStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(new OwnWords(step.ResultAs<string>()), cancellationToken);
}
