using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Scheduling;

/// <summary>The offer of regular check-ins (conversation.md sections 1.4 and 6): one line and one tap.</summary>
public static class ScheduleOffer
{
    public const string Text = "Would a regular reminder help? I can send you a check-in at a time you choose. Type \"schedule\" any time.";
    public const string Button = "Schedule check-ins";

    public static Task SendAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = MessageFactory.Text(Text);
        ChoiceFactory.Apply(activity, [new Choice(Button)], turn.Activity, ListStyle.Auto);
        return turn.SendActivityAsync(activity, cancellationToken);
    }
}
