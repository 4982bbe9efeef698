using TrustBot.Dialogs.Commands.MyData;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Modules;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Welcome;

namespace TrustBot.Dialogs.Scheduling;

/// <summary>One schedule command as a module <see cref="IBotCommand"/>, run by <see cref="ScheduleCommandHandler"/>.</summary>
public abstract class ScheduleModuleCommand(ScheduleCommandHandler handler, ScheduleCommand command) : IBotCommand
{
    /// <summary>Dialogs whose yes/no or safety answers include "later", "not now", "not today" or "resume".</summary>
    private static readonly HashSet<string> AnswerTheseWordsThemselves = new(StringComparer.Ordinal)
    {
        WelcomeDialog.DialogId, SafetyDialog.DialogId, DistressOfferDialog.DialogId, DeleteDataDialog.DialogId,
    };

    public abstract string Id { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases { get; } =
        new Dictionary<string, IReadOnlyList<string>> { ["en"] = ScheduleCommandRecognizer.PhrasesFor(command) };

    public bool AsksWaitingQuestionAgain => ScheduleCommandHandler.AsksWaitingQuestionAgain(command);

    public virtual bool AppliesWhile(DialogInstance? activeDialog) => true;

    public Task ExecuteAsync(DialogContext dc, CancellationToken cancellationToken) => handler.HandleAsync(dc, command, cancellationToken);

    /// <summary>For the commands whose everyday words ("later", "resume") another dialog may be asking for.</summary>
    protected static bool IsOwnAnswer(DialogInstance? activeDialog) =>
        activeDialog is null || !AnswerTheseWordsThemselves.Contains(activeDialog.Id);
}
