using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Modules;

namespace TrustBot.Dialogs.Safety;

/// <summary>"crisis" / "SOS": the person's crisis lines as one-tap actions, then the waiting question again.</summary>
public sealed class CrisisCommand(SafetyLayer safety) : IBotCommand
{
    public string Id => "crisis";

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["en"] = ["crisis", "sos", "emergency", "crisis line", "hotline", "helpline", "crisis resources", "i need help now", "help now", "urgent"],
    };

    public bool AsksWaitingQuestionAgain => true;

    public Task ExecuteAsync(DialogContext dc, CancellationToken cancellationToken) =>
        safety.SendResourcesAsync(dc.Context, cancellationToken);
}
