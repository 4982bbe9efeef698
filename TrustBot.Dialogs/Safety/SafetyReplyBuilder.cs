using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Safety.CrisisLines;

namespace TrustBot.Dialogs.Safety;

/// <summary>
/// Turns an assessment into the activities to send, from any dialog: the caring message with one-tap
/// call/text/chat actions for the person's country, then the follow-up question with quick replies.
/// Returns nothing for a plain <see cref="CrisisDecision.Continue"/> without flags.
/// </summary>
public sealed class SafetyReplyBuilder(CrisisLineDirectory directory)
{
    /// <param name="incoming">The message being answered (replies are addressed from it).</param>
    /// <param name="assessment">The detector's verdict.</param>
    /// <param name="countryCode">ISO country (or locale such as "en-GB"); unknown gets the international fallback.</param>
    /// <param name="therapistAvailable">Whether human handoff is configured, to offer it.</param>
    public IReadOnlyList<Activity> Build(Activity incoming, SafetyAssessment assessment, string? countryCode, bool therapistAvailable)
    {
        var lines = directory.Get(countryCode ?? CountryFromLocale(incoming.Locale));
        switch (assessment.Decision)
        {
            case CrisisDecision.Clarify:
                return [WithButtons(incoming.CreateReply(SafetyMessages.ClarifyQuestion), [CardAction.ImBack(SafetyMessages.Yes), CardAction.ImBack(SafetyMessages.No), CardAction.ImBack(SafetyMessages.NotSure)])];
            case CrisisDecision.Medical:
                return
                [
                    WithButtons(incoming.CreateReply(SafetyMessages.Medical(lines)), CrisisLineDirectory.ToActions(lines, emergencyFirst: true)),
                    SafetyQuestion(incoming, therapistAvailable),
                ];
            case CrisisDecision.Abuse:
                return
                [
                    WithButtons(incoming.CreateReply(SafetyMessages.AbuseSafeToTalk), [CardAction.ImBack(SafetyMessages.SafeToTalk), CardAction.ImBack(SafetyMessages.NotSafeToTalk)]),
                    WithButtons(incoming.CreateReply(SafetyMessages.Abuse(lines)), CrisisLineDirectory.ToActions(lines, abuseFirst: true)),
                ];
            case CrisisDecision.Escalate:
                var text = assessment.Category switch
                {
                    CrisisCategory.SelfHarm => SafetyMessages.SelfHarm(lines),
                    CrisisCategory.HarmToOthers => SafetyMessages.HarmToOthers(lines),
                    _ => SafetyMessages.Escalate(lines),
                };
                return [WithButtons(incoming.CreateReply(text), CrisisLineDirectory.ToActions(lines)), SafetyQuestion(incoming, therapistAvailable)];
            default:
                if (assessment.ThirdParty)
                {
                    return [WithButtons(incoming.CreateReply(SafetyMessages.ThirdParty(lines)), CrisisLineDirectory.ToActions(lines))];
                }

                if (assessment.MentionsPastRisk)
                {
                    return [incoming.CreateReply(SafetyMessages.PastCheck)];
                }

                return [];
        }
    }

    private static Activity SafetyQuestion(Activity incoming, bool therapistAvailable)
    {
        List<CardAction> buttons = [CardAction.ImBack(SafetyMessages.SafeNow), CardAction.ImBack(SafetyMessages.NotSafe)];
        if (therapistAvailable)
        {
            buttons.Add(CardAction.ImBack(SafetyMessages.TalkToPerson));
        }

        return WithButtons(incoming.CreateReply(SafetyMessages.AreYouSafe), buttons);
    }

    private static Activity WithButtons(Activity reply, IReadOnlyList<CardAction> actions)
    {
        reply.SuggestedActions = new SuggestedActions { Actions = [.. actions] };
        return reply;
    }

    private static string? CountryFromLocale(string? locale) =>
        locale is { Length: >= 5 } ? locale[^2..] : null;
}
