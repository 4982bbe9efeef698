using TrustBot.Dialogs.Engine;

namespace TrustBot.Dialogs.Scheduling;

/// <summary>
/// One schedule command in the shape of the module API's <c>IBotCommand</c> (Id, Phrases,
/// AsksWaitingQuestionAgain, AppliesWhile, ExecuteAsync), so each subclass registers with
/// <c>AddBotCommand</c> once the module API is merged.
/// </summary>
public abstract class ScheduleModuleCommand(ScheduleCommandHandler handler, ScheduleCommand command)
{
    public abstract string Id { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases { get; } =
        new Dictionary<string, IReadOnlyList<string>> { ["en"] = ScheduleCommandRecognizer.PhrasesFor(command) };

    public bool AsksWaitingQuestionAgain => ScheduleCommandHandler.AsksWaitingQuestionAgain(command);

#pragma warning disable CA1822 // Instance member: it implements IBotCommand.AppliesWhile once the module API is merged.
    public bool AppliesWhile(DialogInstance? activeDialog) => true;
#pragma warning restore CA1822

    public Task ExecuteAsync(DialogContext dc, CancellationToken cancellationToken) => handler.HandleAsync(dc, command, cancellationToken);
}
