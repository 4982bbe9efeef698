namespace TrustBot.Dialogs.Engine;

/// <summary>How long, and how many, inbound activity ids a conversation remembers to drop channel retries.</summary>
public sealed class ProcessedActivityOptions
{
    /// <summary>Teams resends after about 15 s; an hour covers every channel's retries with room to spare.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Upper bound per conversation, so a busy conversation's state stays small.</summary>
    public int MaxRemembered { get; set; } = 64;
}
