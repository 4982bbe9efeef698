using System.ComponentModel.DataAnnotations;

namespace TrustBot.Handoff;

/// <summary>
/// Optional notice of new handoff requests in a Teams channel (section <c>Handoff:TeamsNotification</c>).
/// The bot must be installed in the team; the notice names only the urgency, never the person.
/// </summary>
public sealed class TeamsNotificationOptions : IValidatableObject
{
    public const string SectionName = "Handoff:TeamsNotification";

    /// <summary>The team's Bot Connector serviceUrl (e.g. <c>https://smba.trafficmanager.net/emea/</c>).</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The channel's conversation id (<c>19:...@thread.tacv2</c>).</summary>
    public string? ChannelConversationId { get; set; }

    /// <summary>The tenant the team belongs to (sent in channelData, as Teams expects).</summary>
    public string? TenantId { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ChannelConversationId);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsConfigured && !Uri.TryCreate(ServiceUrl, UriKind.Absolute, out _))
        {
            yield return new ValidationResult("Handoff:TeamsNotification:ServiceUrl must be an absolute URL when a ChannelConversationId is set.", [nameof(ServiceUrl)]);
        }
    }
}
