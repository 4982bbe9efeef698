using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Modules;
using TrustBot.Dialogs.Safety;

namespace TrustBot.Dialogs.Handoff;

/// <summary>
/// "talk to a person" / "therapist" from anywhere: starts a request on top of whatever runs (it stays
/// parked), urgent when a crisis was just answered. Without a handoff service it says so honestly.
/// </summary>
public sealed class TalkToPersonCommand(HumanHandoff handoff, SafetyLayer safety) : IBotCommand
{
    public string Id => "talk-to-person";

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["en"] =
        [
            "talk to a person", "therapist", "talk to a therapist", "a therapist", "i want a therapist", "i need a therapist",
            "talk to someone", "talk to a human", "real person", "a real person", "human please", "speak to a person",
            "can i talk to a person", "can i talk to someone", "i want to talk to a person", "i want to talk to someone",
        ],
    };

    public bool AsksWaitingQuestionAgain => false;

    /// <summary>Inside a request the words mean the request itself; the safety and distress dialogs offer a person themselves.</summary>
    public bool AppliesWhile(DialogInstance? activeDialog) => activeDialog?.Id is not (HandoffDialog.DialogId or SafetyDialog.DialogId or DistressOfferDialog.DialogId);

    public async Task ExecuteAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var urgency = safety.RecentlyEscalated(dc.Context) ? HandoffUrgency.Crisis : HandoffUrgency.Routine;
        if (await handoff.StartAsync(dc, urgency, replaceActive: false, cancellationToken) is null)
        {
            await dc.RepromptDialogAsync(cancellationToken);
        }
    }
}
