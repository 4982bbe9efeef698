namespace TrustBot.Dialogs.Protocol;

/// <summary>Builds the plain message activities dialogs send (the SDK's name for it).</summary>
public static class MessageFactory
{
    public static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text };
}
