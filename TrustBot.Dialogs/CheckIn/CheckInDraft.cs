namespace TrustBot.Dialogs.CheckIn;

/// <summary>The check-in in progress (conversation state); becomes a <see cref="CheckInRecord"/> at the end.</summary>
public sealed class CheckInDraft
{
    public CheckInRecord Record { get; set; } = new();

    /// <summary>The feeling core picked on the first question, while its second level is asked.</summary>
    public string? PendingCore { get; set; }

    /// <summary>The three actions offered, in order.</summary>
    public List<string> OfferedActions { get; set; } = [];
}
