using TrustBot.Dialogs.Cards;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.Turns;

/// <summary>The default <see cref="ITurnContext"/>: addresses replies like the SDK and hands them to an <see cref="IActivitySender"/>.</summary>
public sealed class TurnContext : ITurnContext
{
    private readonly IActivitySender _sender;

    public TurnContext(Activity activity, IActivitySender sender, TimeProvider time)
    {
        Activity = activity;
        _sender = sender;
        Time = time;
    }

    public Activity Activity { get; }

    public bool Responded { get; private set; }

    public TurnStateCollection TurnState { get; } = new();

    public TimeProvider Time { get; }

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        Address(activity);
        if (activity.Type == ActivityTypes.Message)
        {
            activity.InputHint ??= InputHints.AcceptingInput;
        }

        FitChannelLimits(activity);

        var response = await _sender.SendAsync(activity, cancellationToken);
        if (activity.Type != ActivityTypes.Typing && activity.Type != ActivityTypes.Trace)
        {
            Responded = true;
        }

        return response;
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        Address(activity);
        FitChannelLimits(activity);
        return _sender.UpdateAsync(activity, cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken) =>
        _sender.DeleteAsync(Activity, activityId, cancellationToken);

    private static void FitChannelLimits(Activity outgoing)
    {
        if (outgoing.ChannelId == ChannelIds.MsTeams)
        {
            TeamsPayloadGuard.Fit(outgoing);
        }
    }

    private void Address(Activity outgoing)
    {
        var template = Activity.CreateReply();
        outgoing.Type ??= ActivityTypes.Message;
        outgoing.ChannelId ??= template.ChannelId;
        outgoing.ServiceUrl ??= template.ServiceUrl;
        outgoing.Conversation ??= template.Conversation;
        outgoing.From ??= template.From;
        outgoing.Recipient ??= template.Recipient;
        outgoing.Locale ??= template.Locale;
        outgoing.ReplyToId ??= template.ReplyToId;
    }
}
