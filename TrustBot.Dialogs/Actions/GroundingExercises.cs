using System.Collections.ObjectModel;

namespace TrustBot.Dialogs.Actions;

/// <summary>
/// Box breathing and the 5-4-3-2-1 senses round as short message sequences. The check-in sends them for
/// the grounding action; the safety layer reuses them when someone is in distress, so the wording asks
/// nothing of the person beyond noticing and never promises the feeling will go away.
/// </summary>
public static class GroundingExercises
{
    public const string BoxBreathingId = "box-breathing";
    public const string FiveSensesId = "five-senses";

    /// <summary>Box breathing, 4-4-4-4, four rounds.</summary>
    public static GroundingExercise BoxBreathing { get; } = new(BoxBreathingId, "Box breathing", new ReadOnlyCollection<string>(
    [
        "Let's try box breathing together. It takes about a minute. Sit or stand however is comfortable.",
        "Breathe in slowly through your nose while you count to 4.",
        "Hold your breath gently for a count of 4.",
        "Breathe out slowly for a count of 4.",
        "Hold again for 4. That's one round.",
        "Do three more rounds at your own pace: in 4, hold 4, out 4, hold 4.",
        "Well done for taking that minute. Notice how your body feels now, without needing it to be different.",
    ]));

    /// <summary>The 5-4-3-2-1 senses round.</summary>
    public static GroundingExercise FiveSenses { get; } = new(FiveSensesId, "5-4-3-2-1 senses", new ReadOnlyCollection<string>(
    [
        "Let's bring your attention to right here, right now. Take your time with each step.",
        "Look around and name 5 things you can see.",
        "Notice 4 things you can feel: your feet on the floor, your clothes, the chair, the air.",
        "Listen for 3 things you can hear, near or far.",
        "Find 2 things you can smell, or two smells you like.",
        "Notice 1 thing you can taste, or take a sip of water.",
        "Thank you for doing that. Take one slow breath before you carry on.",
    ]));

    /// <summary>Both exercises, box breathing first.</summary>
    public static IReadOnlyList<GroundingExercise> All { get; } = new ReadOnlyCollection<GroundingExercise>([BoxBreathing, FiveSenses]);

    /// <summary>Finds an exercise by id (case-insensitive); null when unknown.</summary>
    public static GroundingExercise? Find(string? id) =>
        All.FirstOrDefault(e => string.Equals(e.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));
}
