using System.ComponentModel.DataAnnotations;

namespace TrustBot.Dialogs.Handoff;

/// <summary>Human handoff settings (section <c>Handoff</c>). Off by default: the bot then says honestly that nobody is there.</summary>
public sealed class HandoffOptions
{
    public const string SectionName = "Handoff";

    /// <summary>Offer "talk to a person" and queue requests for the staff console.</summary>
    public bool Enabled { get; set; }

    /// <summary>The built-in queue and staff console (default), or an agent hub through the standard handoff events.</summary>
    public HandoffMode Mode { get; set; } = HandoffMode.Console;

    /// <summary>
    /// Hub mode: the routing context sent as the <c>value</c> of <c>handoff.initiate</c> (hub-specific,
    /// e.g. <c>Skill</c> or a queue name), beside the request's urgency. Never anything about the person.
    /// </summary>
    public Dictionary<string, string> HubContext { get; set; } = new(StringComparer.Ordinal);

    /// <summary>A waiting request nobody accepted within this time is closed honestly.</summary>
    [Range(1, 1440)]
    public int TimeoutMinutes { get; set; } = 15;

    /// <summary>Rough length of one conversation, for the wait estimate.</summary>
    [Range(1, 240)]
    public int MinutesPerConversation { get; set; } = 20;

    /// <summary>Check-ins summarised for the therapist (most recent first).</summary>
    [Range(1, 10)]
    public int SummaryCheckIns { get; set; } = 3;
}
