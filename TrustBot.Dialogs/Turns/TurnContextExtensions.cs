using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.Turns;

/// <summary>Short forms for the common sends.</summary>
public static class TurnContextExtensions
{
    public static Task<ResourceResponse> SendTextAsync(this ITurnContext turnContext, string text, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken);

    public static Task<ResourceResponse> SendTypingAsync(this ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);

    /// <summary>The inbound activity's text (or card value) trimmed; empty when there is none.</summary>
    public static string InputText(this ITurnContext turnContext) => turnContext.Activity.GetInputText()?.Trim() ?? string.Empty;
}
