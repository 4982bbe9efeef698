namespace TrustBot.Dialogs.History;

/// <summary>The two-weekly reflection: five 1-5 ratings of the signs that healing is working (null = skipped).</summary>
public sealed class ReflectionRecord
{
    public string Id { get; set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>Sign id (see ReflectionSigns) to rating 1-5; a skipped sign is absent.</summary>
    public Dictionary<string, int> Ratings { get; set; } = [];
}
