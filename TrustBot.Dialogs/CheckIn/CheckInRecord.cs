namespace TrustBot.Dialogs.CheckIn;

/// <summary>One finished check-in as kept in the person's history.</summary>
public sealed class CheckInRecord
{
    public string Id { get; set; } = string.Empty;

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset CompletedAt { get; set; }

    /// <summary>The feeling word (catalogue id, or the person's own word).</summary>
    public string? Feeling { get; set; }

    /// <summary>The core feeling it belongs to, when known.</summary>
    public string? CoreFeeling { get; set; }

    public bool FeelingIsOwnWord { get; set; }

    public int? IntensityBefore { get; set; }

    public int? IntensityAfter { get; set; }

    /// <summary>Who it was about (partner, friend, family, ... or their words).</summary>
    public string? Who { get; set; }

    /// <summary>Trigger id from the catalogue, when it matched one.</summary>
    public string? Trigger { get; set; }

    /// <summary>The trigger in the person's words, when it matched none.</summary>
    public string? TriggerText { get; set; }

    public string? Thought { get; set; }

    public string? EvidenceFor { get; set; }

    public string? EvidenceAgainst { get; set; }

    public string? Reframe { get; set; }

    /// <summary>Action id from the catalogue, or null for the person's own idea.</summary>
    public string? ActionId { get; set; }

    /// <summary>The action as shown (title, or the person's own idea).</summary>
    public string? Action { get; set; }

    /// <summary>now, later-today, tomorrow or this-week.</summary>
    public string? ActionWhen { get; set; }

    public DateTimeOffset? FollowUpDueAt { get; set; }
}
