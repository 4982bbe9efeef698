using System.Text.Json.Nodes;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Tests.Engine;

/// <summary>A small bot over the engine alone: a component dialog whose waterfall uses every prompt.</summary>
public sealed class SampleFormBot : ActivityHandler
{
    private readonly DialogSet _dialogs = new();
    private readonly StatePropertyAccessor<DialogState> _dialogState;

    public SampleFormBot(ConversationState conversationState)
    {
        _dialogState = conversationState.CreateProperty<DialogState>("dialogState");
        _dialogs.Add(new FormDialog());
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var result = await _dialogs.RunAsync(turnContext, _dialogState.Get(turnContext), FormDialog.DialogId, cancellationToken);
        if (result.Status == DialogTurnStatus.Complete)
        {
            await turnContext.SendTextAsync("done: " + result.Result?.ToJsonString(), cancellationToken);
        }
    }

    private sealed class FormDialog : ComponentDialog
    {
        public const string DialogId = "form";

        public FormDialog()
            : base(DialogId)
        {
            AddDialog(new WaterfallDialog("form.steps", [AskNameStepAsync, AskAgeStepAsync, AskColorStepAsync, AskSureStepAsync, AskTimeStepAsync, FinishStepAsync]));
            AddDialog(new TextPrompt("text"));
            AddDialog(new NumberPrompt("number"));
            AddDialog(new ChoicePrompt("choice"));
            AddDialog(new ConfirmPrompt("confirm"));
            AddDialog(new TimeOfDayPrompt("time"));
        }

        private static Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext step, CancellationToken ct) =>
            step.PromptAsync("text", new PromptOptions { Prompt = Say("What's your name?"), SkipButtonTitle = "Skip" }, ct);

        private static Task<DialogTurnResult> AskAgeStepAsync(WaterfallStepContext step, CancellationToken ct)
        {
            step.Values["name"] = step.ResultAs<string>() ?? "(skipped)";
            return step.PromptAsync("number", new PromptOptions
            {
                Prompt = Say("How old are you?"),
                RetryPrompt = Say("Please give a whole number from 1 to 120."),
                GiveUpPrompt = Say("Let's leave that one."),
                Min = 1,
                Max = 120,
            }, ct);
        }

        private static Task<DialogTurnResult> AskColorStepAsync(WaterfallStepContext step, CancellationToken ct)
        {
            step.Values["age"] = step.Result?.DeepClone();
            return step.PromptAsync("choice", new PromptOptions
            {
                Prompt = Say("Pick a colour."),
                RetryPrompt = Say("Please pick one of the colours."),
                Choices = [new("red", "Red", "crimson"), new("green", "Green"), new("blue", "Dark blue", "navy")],
            }, ct);
        }

        private static Task<DialogTurnResult> AskSureStepAsync(WaterfallStepContext step, CancellationToken ct)
        {
            step.Values["colour"] = step.ResultAs<FoundChoice>()?.Value;
            return step.PromptAsync("confirm", new PromptOptions { Prompt = Say("Sure?") }, ct);
        }

        private static Task<DialogTurnResult> AskTimeStepAsync(WaterfallStepContext step, CancellationToken ct)
        {
            step.Values["sure"] = step.Result?.DeepClone();
            return step.PromptAsync("time", new PromptOptions { Prompt = Say("What time suits you?") }, ct);
        }

        private static Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken ct)
        {
            step.Values["time"] = step.Result?.DeepClone();
            return step.EndDialogAsync(step.Values.DeepClone(), ct);
        }

        private static Activity Say(string text) => new() { Type = ActivityTypes.Message, Text = text };
    }
}
