namespace TrustBot.Dialogs.Protocol;

/// <summary>The HTTP body for <c>deliveryMode: expectReplies</c>: the turn's replies, in order.</summary>
public sealed class ExpectedReplies
{
    public List<Activity> Activities { get; set; } = [];
}
