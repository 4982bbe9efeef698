using System.Collections.Frozen;
using System.Collections.ObjectModel;
using TrustBot.Dialogs.Feelings;
using TrustBot.Dialogs.Triggers;
using static TrustBot.Dialogs.Actions.ActionCatalog;

namespace TrustBot.Dialogs.Actions;

/// <summary>
/// Picks exactly three actions for a check-in. Deterministic: the trigger counts most, the main feeling
/// next, then who it was with; ties go to catalogue order. At an intensity of <see cref="HighIntensity"/>
/// or more a grounding exercise is always one of the three, because a calmer body comes before a talk.
/// Boundaries with family use the family-aware script. "My own idea" is the caller's fourth button.
/// </summary>
public static class ActionRecommender
{
    /// <summary>Ratings at or above this always include grounding.</summary>
    public const int HighIntensity = 7;

    /// <summary>How many actions are offered.</summary>
    public const int OfferCount = 3;

    private static readonly int[] TriggerWeights = [40, 20, 10, 5];
    private static readonly int[] FeelingWeights = [12, 8, 4, 2];

    private static readonly FrozenDictionary<string, string[]> ByTrigger = new Dictionary<string, string[]>
    {
        [TriggerCatalog.NoReply] = [PauseTen, AskReassurance, NameFeeling, DelayChecking],
        [TriggerCatalog.PlansChanged] = [NameFeeling, AskReassurance, CuriousQuestion, PauseTen],
        [TriggerCatalog.LeftOut] = [ShareFeeling, NameFeeling, AskReassurance, TrustEvidence],
        [TriggerCatalog.PhonePrivacy] = [CuriousQuestion, DelayChecking, TrustEvidence, NameFeeling],
        [TriggerCatalog.FamilyBoundary] = [SetBoundary, ShareFeeling, PauseTen, AskHelp],
        [TriggerCatalog.Criticism] = [PauseTen, NameFeeling, SetBoundary, Grounding],
        [TriggerCatalog.PullingAway] = [StayFive, CelebrateWin, ShareFeeling, TrustEvidence],
        [TriggerCatalog.DidNotAskForHelp] = [AskHelp, ShareFeeling, CelebrateWin, NameFeeling],
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<FeelingCore, string[]> ByCore = new Dictionary<FeelingCore, string[]>
    {
        [FeelingCore.Scared] = [PauseTen, NameFeeling, AskReassurance, Grounding],
        [FeelingCore.Sad] = [ShareFeeling, AskHelp, CelebrateWin, Grounding],
        [FeelingCore.Angry] = [PauseTen, Grounding, NameFeeling, SetBoundary],
        [FeelingCore.Hurt] = [NameFeeling, ShareFeeling, PauseTen, AskReassurance],
        [FeelingCore.Lonely] = [ShareFeeling, AskHelp, AskReassurance, CelebrateWin],
        [FeelingCore.Calm] = [TrustEvidence, CelebrateWin, StayFive, ShareFeeling],
        [FeelingCore.Happy] = [CelebrateWin, StayFive, TrustEvidence, ShareFeeling],
        [FeelingCore.Hopeful] = [TrustEvidence, CelebrateWin, ShareFeeling, StayFive],
    }.ToFrozenDictionary();

    // Specific words that point at a particular step beyond their core.
    private static readonly FrozenDictionary<string, string[]> ByWord = new Dictionary<string, string[]>
    {
        ["jealous"] = [DelayChecking, TrustEvidence],
        ["suspicious"] = [CuriousQuestion, TrustEvidence],
        ["guilty"] = [CelebrateWin, ShareFeeling],
        ["overwhelmed"] = [Grounding, AskHelp],
        ["insecure"] = [AskReassurance, TrustEvidence],
        ["rejected"] = [AskReassurance, ShareFeeling],
        ["abandoned"] = [AskReassurance, Grounding],
        ["furious"] = [Grounding, PauseTen],
    }.ToFrozenDictionary();

    // Steps said to another person make little sense when nobody else was involved.
    private static readonly FrozenSet<string> Interpersonal = new[] { NameFeeling, AskReassurance, SetBoundary, CuriousQuestion, StayFive, TrustEvidence }.ToFrozenSet();

    /// <summary>Returns exactly <see cref="OfferCount"/> distinct actions, best first, with tailored scripts.</summary>
    public static IReadOnlyList<RecommendedAction> Recommend(ActionRequest request)
    {
        var scores = All.Where(a => a.Id != SetBoundaryFamily).ToDictionary(a => a.Id, _ => 0);

        var feelings = (request.FeelingIds ?? [])
            .Select(FeelingCatalog.FindWord)
            .OfType<FeelingWord>()
            .Distinct()
            .ToList();
        var cores = feelings.Select(f => f.Core).Distinct().ToList();
        if (cores.Count == 0 && request.Core is { } tapped)
        {
            cores.Add(tapped);
        }

        if (request.TriggerId is { } triggerId && ByTrigger.TryGetValue(triggerId, out var triggerActions))
        {
            AddWeights(scores, triggerActions, TriggerWeights, 1);
        }

        for (var i = 0; i < cores.Count; i++)
        {
            // The main feeling counts fully, the others half, so "anxious and tired" stays about anxiety.
            AddWeights(scores, ByCore[cores[i]], FeelingWeights, i == 0 ? 1.0 : 0.5);
        }

        foreach (var feeling in feelings)
        {
            if (ByWord.TryGetValue(feeling.Id, out var wordActions))
            {
                AddWeights(scores, wordActions, [6, 3], 1);
            }
        }

        var alone = request.WhoId is TriggerCatalog.Myself or TriggerCatalog.NoOne;
        if (alone)
        {
            foreach (var id in Interpersonal)
            {
                scores[id] -= 40;
            }

            scores[Grounding] += 6;
            scores[CelebrateWin] += 5;
        }

        if (request.TriggerId is null && cores.Count == 0)
        {
            // Nothing known: a gentle, broadly useful default.
            scores[NameFeeling] += 3;
            scores[Grounding] += 2;
            scores[CelebrateWin] += 1;
        }

        var order = All.Select(a => a.Id).ToList();
        var ranked = scores
            .OrderByDescending(kv => kv.Value)
            .ThenBy(kv => order.IndexOf(kv.Key))
            .Select(kv => kv.Key)
            .ToList();
        var chosen = ranked.Take(OfferCount).ToList();

        if (request.Intensity >= HighIntensity && !chosen.Contains(Grounding))
        {
            chosen[^1] = Grounding;
        }

        var family = request.WhoId == TriggerCatalog.Family || request.TriggerId == TriggerCatalog.FamilyBoundary;
        var word = feelings.FirstOrDefault();
        return new ReadOnlyCollection<RecommendedAction>(chosen
            .Select(id => family && id == SetBoundary ? SetBoundaryFamily : id)
            .Select(id => new RecommendedAction(Find(id)!, ActionScripts.For(id, word, request.TriggerId, request.WhoId)))
            .ToArray());
    }

    private static void AddWeights(Dictionary<string, int> scores, string[] ids, int[] weights, double factor)
    {
        for (var i = 0; i < ids.Length && i < weights.Length; i++)
        {
            scores[ids[i]] += (int)Math.Round(weights[i] * factor);
        }
    }
}
