using TrustBot.Dialogs.Feelings;
using TrustBot.Dialogs.Triggers;
using static TrustBot.Dialogs.Actions.ActionCatalog;

namespace TrustBot.Dialogs.Actions;

/// <summary>Tailors an action's one-line script to the feeling, the trigger and who it was with.</summary>
internal static class ActionScripts
{
    public static string For(string actionId, FeelingWord? feeling, string? triggerId, string? whoId)
    {
        var word = feeling is { IsUnpleasant: true } ? feeling.Title : "unsettled";
        return actionId switch
        {
            NameFeeling => triggerId == TriggerCatalog.PullingAway
                ? "I notice I want to pull back when things feel close. It's not about you; I'm working on it."
                : $"I notice I feel {word} when {Situation(triggerId)}. Can we talk about it when you have a minute?",
            AskReassurance => triggerId switch
            {
                TriggerCatalog.NoReply => "When I don't hear back I start to worry. Could you send a quick \"busy, talk later\" when you can?",
                TriggerCatalog.PlansChanged => "I was looking forward to it. Could we pick a new time together?",
                TriggerCatalog.LeftOut => "I felt a bit left out. Could you include me next time?",
                _ when whoId == TriggerCatalog.Coworker => "I want to make sure we're on the same page. Could you tell me where things stand?",
                _ => $"I'm feeling a bit {word} today. Could you tell me we're OK?",
            },
            PauseTen => triggerId == TriggerCatalog.NoReply
                ? "I'll wait ten minutes before I send another message, and see how strong the feeling is then."
                : Find(actionId)!.Script,
            SetBoundary => whoId == TriggerCatalog.Coworker
                ? "I want to do this well. I can take it on after Friday. Can we agree on that?"
                : Find(actionId)!.Script,
            ShareFeeling => $"Can I tell you something small? I've been feeling a bit {word}.",
            _ => Find(actionId)!.Script,
        };
    }

    private static string Situation(string? triggerId) => triggerId switch
    {
        TriggerCatalog.NoReply => "I don't hear back",
        TriggerCatalog.PlansChanged => "plans change at the last minute",
        TriggerCatalog.LeftOut => "I'm not included",
        TriggerCatalog.PhonePrivacy => "I'm not sure what's going on",
        TriggerCatalog.FamilyBoundary => "I can't do everything that's expected of me",
        TriggerCatalog.Criticism => "I hear comments like that",
        TriggerCatalog.DidNotAskForHelp => "I try to handle everything alone",
        _ => "this happens",
    };
}
