using System.Globalization;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.Engine;

/// <summary>
/// Runs steps in order. A step either waits (starts a prompt or child dialog; the waterfall resumes at
/// the next step with the child's result), skips ahead with <see cref="WaterfallStepContext.NextAsync"/>,
/// or ends the dialog. Running past the last step ends the dialog with the last result.
/// </summary>
public sealed class WaterfallDialog : Dialog
{
    private const string StepIndexKey = "stepIndex";
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";

    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string id, IEnumerable<WaterfallStep> steps)
        : base(id)
    {
        _steps = steps.ToList();
    }

    public int StepCount => _steps.Count;

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = options?.DeepClone();
        state[ValuesKey] = new JsonObject();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>
    /// Only messages advance a waterfall (events, typing and updates leave it waiting). A step that
    /// waited without a child receives the message text as its result.
    /// </summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return Task.FromResult(EndOfTurn);
        }

        var text = new DialogTurnResult(DialogTurnStatus.Complete, JsonValue.Create(dc.Context.Activity.GetInputText()));
        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, text, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, DialogTurnResult childResult, CancellationToken cancellationToken)
    {
        var index = GetStepIndex(dc.ActiveDialog!);
        return RunStepAsync(dc, index + 1, reason, childResult.Result, cancellationToken, childResult.DialogId);
    }

    public override int? StepIndex(DialogInstance instance) => instance.State.ContainsKey(StepIndexKey) ? GetStepIndex(instance) : null;

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, JsonNode? result, CancellationToken cancellationToken, string? resultDialogId = null)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var instance = dc.ActiveDialog!;
        instance.State[StepIndexKey] = index;
        var stepContext = new WaterfallStepContext(
            this,
            dc,
            index,
            reason,
            instance.State[OptionsKey],
            (JsonObject)instance.State[ValuesKey]!,
            result,
            resultDialogId);
        return await _steps[index](stepContext, cancellationToken);
    }

    // Numbers come back from JSON as JsonElement-backed values; read them explicitly (SDK bug #871).
    private static int GetStepIndex(DialogInstance instance) =>
        instance.State[StepIndexKey] is JsonValue value && value.TryGetValue<int>(out var index)
            ? index
            : int.Parse(instance.State[StepIndexKey]?.ToString() ?? "0", CultureInfo.InvariantCulture);
}
