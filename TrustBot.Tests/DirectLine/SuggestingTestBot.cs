using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Tests.DirectLine;

/// <summary>
/// A small stand-in bot for channel tests: welcomes with suggested actions and answers every message
/// with "You said: …" plus the same buttons, so tests do not depend on the real conversation.
/// </summary>
public sealed class SuggestingTestBot : ActivityHandler
{
    public const string WelcomeText = "Welcome to the test check-in. How are you feeling?";
    public const string ReplyPrefix = "You said: ";
    public static readonly string[] Choices = ["Calm", "Tense"];

    protected override Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(WithChoices(WelcomeText), cancellationToken);

    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(WithChoices(ReplyPrefix + turnContext.Activity.Text), cancellationToken);

    private static Activity WithChoices(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        SuggestedActions = new SuggestedActions { Actions = [.. Choices.Select(c => CardAction.ImBack(c))] },
    };
}
