using System.Text.Json.Nodes;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Tests.DirectLine;

/// <summary>
/// A small stand-in bot for channel tests: welcomes with suggested actions and answers every message
/// with "You said: …" plus the same buttons, so tests do not depend on the real conversation.
/// "card" gets an Adaptive Card whose Action.Submit returns <c>{"choice":"mild"}</c> as the value.
/// </summary>
public sealed class SuggestingTestBot : ActivityHandler
{
    public const string WelcomeText = "Welcome to the test check-in. How are you feeling?";
    public const string ReplyPrefix = "You said: ";
    public static readonly string[] Choices = ["Calm", "Tense"];

    protected override Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(WithChoices(WelcomeText), cancellationToken);

    public const string CardRequest = "card";
    public const string CardPrompt = "How strong is the feeling?";
    public const string CardButton = "Mild";

    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var input = turnContext.InputText();
        return input == CardRequest
            ? turnContext.SendActivityAsync(IntensityCard(), cancellationToken)
            : turnContext.SendActivityAsync(WithChoices(ReplyPrefix + input), cancellationToken);
    }

    private static Activity IntensityCard() => new()
    {
        Type = ActivityTypes.Message,
        Attachments =
        [
            new Attachment
            {
                ContentType = ContentTypes.AdaptiveCard,
                Content = JsonNode.Parse($$$"""
                    {"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"{{{CardPrompt}}}","wrap":true}],
                     "actions":[{"type":"Action.Submit","title":"{{{CardButton}}}","data":{"choice":"mild"}}]}
                    """),
            },
        ],
    };

    private static Activity WithChoices(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        SuggestedActions = new SuggestedActions { Actions = [.. Choices.Select(c => CardAction.ImBack(c))] },
    };
}
