using Microsoft.Extensions.Options;
using TrustBot.Dialogs.Cards;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Safety.CrisisLines;
using TrustBot.Dialogs.Turns;
using TrustBot.Messaging;
using TrustBot.Messaging.Authentication;
using TrustBot.Messaging.Connector;
using IMiddleware = TrustBot.Dialogs.Turns.IMiddleware;

namespace TrustBot.Teams;

/// <summary>
/// Keeps TrustBot personal where others read along. In a group chat, meeting or channel no turn reaches the
/// dialogs (no welcome, check-in or "my data" in front of everyone): a message that does not @mention the bot
/// gets no answer, one that does gets an invitation to a private chat, and crisis wording gets the crisis
/// line, sent to the person's private chat when the bot has one with them.
/// </summary>
public sealed partial class GroupChatGuardMiddleware(
    ICrisisDetector detector,
    CrisisLineDirectory lines,
    ProfileAccessor profiles,
    ConversationReferenceStore references,
    ConnectorClient connector,
    ISafetyAuditLog audit,
    IOptions<TeamsOptions> teams,
    IOptions<BotAuthenticationOptions> auth,
    ILogger<GroupChatGuardMiddleware> logger) : IMiddleware
{
    /// <summary>The Universal Actions invoke a card button sends.</summary>
    public const string AdaptiveCardActionInvoke = UniversalActions.InvokeName;

    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!TeamsConversation.IsShared(activity))
        {
            await next(cancellationToken);
            return;
        }

        switch (activity.Type)
        {
            case ActivityTypes.Message when TeamsConversation.BotMentions(activity).Count > 0:
                await AnswerMentionAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.Invoke when activity.Name == AdaptiveCardActionInvoke:
                // The Universal Actions answer: a message shown in place of the card, not a dialog step.
                turnContext.TurnState.Set(UniversalActions.MessageResponse(GroupChatMessages.Invitation(PersonalChatLink(activity))));
                break;
            case ActivityTypes.Invoke:
                await next(cancellationToken);
                break;
            default:
                // Unmentioned messages, members added, installs: no welcome where others read along.
                LogIgnored(logger, activity.Type);
                break;
        }
    }

    private async Task AnswerMentionAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var text = TeamsConversation.TextWithoutBotMention(activity);
        var assessment = detector.Assess(text);
        var link = PersonalChatLink(activity);
        if (!assessment.IsCrisis)
        {
            LogAnswered(logger, "invitation");
            await turnContext.SendActivityAsync(Markdown(GroupChatMessages.Invitation(link)), cancellationToken);
            return;
        }

        var sentPrivately = await SendCrisisLinePrivatelyAsync(turnContext, cancellationToken);
        var offered = sentPrivately ? "crisis-lines-private" : "crisis-lines-group";
        LogAnswered(logger, offered);
        await audit.RecordAsync(
            new SafetyAuditRecord(
                turnContext.Time.GetUtcNow(),
                activity.ChannelId ?? string.Empty,
                activity.From?.Id ?? string.Empty,
                "crisis-group",
                assessment.Decision.ToString(),
                assessment.Category.ToString(),
                assessment.RuleId,
                offered,
                null),
            cancellationToken);

        // In the group, the lines come from the message's locale, never from the person's stored country.
        await turnContext.SendActivityAsync(
            Markdown(sentPrivately ? GroupChatMessages.CrisisSentPrivately : GroupChatMessages.CrisisInGroup(lines.Get(activity.Locale), link)),
            cancellationToken);
    }

    /// <summary>Sends the crisis lines to the person's one-to-one chat, if the bot has one it may post to.</summary>
    private async Task<bool> SendCrisisLinePrivatelyAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.ChannelId is not { } channelId || activity.From?.Id is not { } userId)
        {
            return false;
        }

        var stored = await references.GetAsync(channelId, userId, cancellationToken);
        if (stored is null || !(stored.ServiceUrlValidated || auth.Value.IsAnonymous))
        {
            return false;
        }

        var countryLines = lines.Get(profiles.CountryCode(turnContext) ?? stored.Reference.Locale ?? activity.Locale);
        var message = SafetyLayer.WithPersistentActions(new Activity
        {
            Type = ActivityTypes.Message,
            Text = EscalationMessages.Resources(countryLines),
            SuggestedActions = new SuggestedActions { Actions = [.. CrisisLineDirectory.ToActions(countryLines)] },
        }).ApplyConversationReference(stored.Reference);
        try
        {
            await connector.SendToConversationAsync(message, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // The private chat is gone or unreachable: the line is given in the group instead.
            LogPrivateSendFailed(logger, ex.GetType().Name);
            return false;
        }
    }

    private string PersonalChatLink(Activity activity)
    {
        var appId = teams.Value.BotAppId is { Length: > 0 } configured ? configured
            : auth.Value.MicrosoftAppId is { Length: > 0 } own ? own
            : activity.Recipient?.Id ?? string.Empty;
        var botId = appId.StartsWith("28:", StringComparison.Ordinal) ? appId : "28:" + appId;
        return teams.Value.PersonalChatLinkBase + Uri.EscapeDataString(botId);
    }

    private static Activity Markdown(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = "markdown" };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Group conversation: ignored a {ActivityType} activity that does not mention the bot.")]
    private static partial void LogIgnored(ILogger logger, string? activityType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Group conversation: answered a mention with {Answer}.")]
    private static partial void LogAnswered(ILogger logger, string answer);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Group conversation: could not send the crisis line privately ({ExceptionType}); given in the group.")]
    private static partial void LogPrivateSendFailed(ILogger logger, string exceptionType);
}
