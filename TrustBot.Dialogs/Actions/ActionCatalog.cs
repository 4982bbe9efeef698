using System.Collections.ObjectModel;

namespace TrustBot.Dialogs.Actions;

/// <summary>The small-action catalogue of check-in step 5 (conversation.md section 2, research.md 3.4).</summary>
public static class ActionCatalog
{
    public const string NameFeeling = "name-feeling";
    public const string AskReassurance = "ask-reassurance";
    public const string PauseTen = "pause-ten";
    public const string SetBoundary = "set-boundary";
    public const string SetBoundaryFamily = "set-boundary-family";
    public const string ShareFeeling = "share-feeling";
    public const string AskHelp = "ask-help";
    public const string Grounding = "grounding";
    public const string TrustEvidence = "trust-evidence";
    public const string CelebrateWin = "celebrate-win";
    public const string CuriousQuestion = "curious-question";
    public const string DelayChecking = "delay-checking";
    public const string StayFive = "stay-five";

    /// <summary>Button value for "my own idea": the caller asks for the person's own words.</summary>
    public const string OwnIdeaId = "own-idea";

    /// <summary>Button text for <see cref="OwnIdeaId"/>.</summary>
    public const string OwnIdeaTitle = "My own idea";

    /// <summary>All actions in catalogue order (the recommender's tie-break order).</summary>
    public static IReadOnlyList<SmallAction> All { get; } = new ReadOnlyCollection<SmallAction>(
    [
        new(NameFeeling, "Name the feeling", "name the feeling out loud",
            "Say what you feel before reacting. Naming it often takes some heat out of it.",
            "I notice I feel anxious when I don't hear back. Can we talk about it when you have a minute?", false),
        new(AskReassurance, "Ask for reassurance", "ask for reassurance",
            "Ask directly instead of guessing or testing. It gives them a chance to show up.",
            "I'm feeling a bit unsure today. Could you tell me we're OK?", false),
        new(PauseTen, "Pause 10 minutes", "pause for ten minutes before reacting",
            "Wait ten minutes before replying or reacting, and notice what the feeling does.",
            "I'll wait ten minutes before I reply, and see how strong the feeling is then.", true),
        new(SetBoundary, "Set one boundary", "set one small boundary",
            "One small, kind limit: what you appreciate, what you need, and a plan. It can feel uncomfortable, and that's OK.",
            "I care about us. I need a quiet evening to myself tonight. Can we talk tomorrow instead?", false),
        new(SetBoundaryFamily, "Set one boundary", "set one small, kind boundary with family",
            "Family expectations often come from love, and saying no can feel like letting them down. A small boundary can keep both the respect and your needs. Go at your own pace.",
            "I love you, and I know how much our family time means. I can't come every weekend right now. Could I come every other Sunday?", false),
        new(ShareFeeling, "Share one feeling", "share one small feeling",
            "Tell someone safe one small thing you feel, and notice how they respond.",
            "Can I tell you something small? I felt a bit left out today.", false),
        new(AskHelp, "Ask for small help", "ask for a little help",
            "Ask for help with one low-risk task, and notice what the guilt said versus what happened.",
            "Could you help me with something small? It would mean a lot.", false),
        new(Grounding, "Breathe or ground", "take a breathing or grounding break",
            "A minute of box breathing (4-4-4-4) or the 5-4-3-2-1 senses round, to settle your body first.",
            "Breathe in for 4, hold for 4, out for 4, hold for 4. Four rounds.", true),
        new(TrustEvidence, "Note one trust sign", "write down one sign you can trust them",
            "Write down one thing they did that shows you can rely on them. Small counts.",
            "Today they ___. That's one sign I can trust them.", false),
        new(CelebrateWin, "Celebrate a win", "celebrate a small win",
            "Notice one small step you took this week. Steps like that are how trust grows.",
            "This week I ___, and that took courage.", false),
        new(CuriousQuestion, "Ask, don't accuse", "ask a curious question instead of accusing",
            "Swap an accusation for a curious question and listen to the answer.",
            "How was your evening? I'd love to hear about it.", false),
        new(DelayChecking, "Put the phone down", "put the phone down for an hour",
            "Leave read receipts and \"last seen\" alone for an hour, and notice what happens.",
            "I'll put my phone away for an hour and check how I feel after.", true),
        new(StayFive, "Stay 5 more minutes", "stay five more minutes when it feels good",
            "When things feel good and you want to pull away, stay five more minutes.",
            "This feels good, and a bit scary. I'm going to stay a little longer.", false),
    ]);

    /// <summary>Finds an action by id (case-insensitive); null when unknown.</summary>
    public static SmallAction? Find(string? id) =>
        All.FirstOrDefault(a => string.Equals(a.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));
}
