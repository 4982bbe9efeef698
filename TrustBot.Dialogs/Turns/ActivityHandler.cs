using System.Text.Json.Nodes;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.Turns;

/// <summary>Dispatches a turn by activity type; unknown types are acknowledged and ignored.</summary>
public abstract class ActivityHandler : IBot
{
    public virtual Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        return activity.Type switch
        {
            ActivityTypes.Message => OnMessageActivityAsync(turnContext, cancellationToken),
            ActivityTypes.ConversationUpdate => OnConversationUpdateActivityAsync(turnContext, cancellationToken),
            ActivityTypes.InstallationUpdate => OnInstallationUpdateActivityAsync(turnContext, cancellationToken),
            ActivityTypes.Event => OnEventActivityAsync(turnContext, cancellationToken),
            ActivityTypes.Invoke => OnInvokeActivityAsync(turnContext, cancellationToken),
            ActivityTypes.EndOfConversation => OnEndOfConversationActivityAsync(turnContext, cancellationToken),
            _ => OnUnrecognizedActivityTypeAsync(turnContext, cancellationToken),
        };
    }

    protected virtual Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var botId = activity.Recipient?.Id;

        // A channel (or a careless client) can send null entries: they name nobody, so they are skipped.
        var added = activity.MembersAdded?.Where(m => m is not null && m.Id != botId).ToList();
        if (added is { Count: > 0 })
        {
            return OnMembersAddedAsync(added, turnContext, cancellationToken);
        }

        var removed = activity.MembersRemoved?.Where(m => m is not null).ToList();
        if (removed is { Count: > 0 })
        {
            return OnMembersRemovedAsync(removed, turnContext, cancellationToken);
        }

        return Task.CompletedTask;
    }

    protected virtual Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMembersRemovedAsync(IReadOnlyList<ChannelAccount> membersRemoved, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Action switch
        {
            "add" or "add-upgrade" => OnInstallationUpdateAddAsync(turnContext, cancellationToken),
            "remove" or "remove-upgrade" => OnInstallationUpdateRemoveAsync(turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };

    protected virtual Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The <c>healthCheck</c> invoke gets 200 with the SDK's body; invokes the bot does not handle get 501, as the SDK answers.</summary>
    protected virtual Task OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        turnContext.TurnState.Set(turnContext.Activity.Name == HealthCheckInvokeName
            ? new InvokeResponse(200, HealthCheckBody())
            : new InvokeResponse(501, null));
        return Task.CompletedTask;
    }

    /// <summary>The invoke Azure Bot Service's "Test in Web Chat" health probe sends.</summary>
    public const string HealthCheckInvokeName = "healthCheck";

    // The SDK also echoes the bot's outbound Authorization header here; a bearer token does not belong
    // in a response body, so it is left out, as the SDK does when it has no credentials.
    private static JsonObject HealthCheckBody() => new()
    {
        ["healthResults"] = new JsonObject
        {
            ["success"] = true,
            ["messages"] = new JsonArray("Health check succeeded."),
        },
    };

    protected virtual Task OnEndOfConversationActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;
}
