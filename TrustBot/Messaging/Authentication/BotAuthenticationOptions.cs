using System.ComponentModel.DataAnnotations;

namespace TrustBot.Messaging.Authentication;

/// <summary>
/// The bot's Azure identity. Bound from the top-level keys the Bot Framework SDK uses
/// (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>, <c>MicrosoftAppType</c>)
/// and then from the <c>BotAuthentication</c> section, which wins. No app id = anonymous local mode.
/// </summary>
public sealed class BotAuthenticationOptions : IValidatableObject
{
    public const string SectionName = "BotAuthentication";

    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";

    /// <summary>The Azure Bot's Microsoft App Id (Entra application client id). Empty = anonymous local mode.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The client secret for <see cref="MicrosoftAppId"/>.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The Entra tenant; required for SingleTenant.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary><c>MultiTenant</c> (default), <c>SingleTenant</c> or <c>UserAssignedMSI</c>.</summary>
    [Required]
    public string MicrosoftAppType { get; set; } = MultiTenant;

    /// <summary>OpenID metadata for tokens that Azure Bot Service channels send.</summary>
    [Required]
    [Url]
    public string ChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>OpenID metadata for Entra-issued tokens (Bot Framework Emulator, single-tenant).</summary>
    [Required]
    [Url]
    public string EntraOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>The issuer of channel tokens.</summary>
    [Required]
    public string ChannelIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Base of the token endpoint: <c>{LoginEndpoint}/{botframework.com|tenant}/oauth2/v2.0/token</c>.</summary>
    [Required]
    [Url]
    public string LoginEndpoint { get; set; } = "https://login.microsoftonline.com";

    /// <summary>Scope of the bot's outbound token.</summary>
    [Required]
    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Refuse metadata over plain HTTP (only tests turn this off).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Allowed clock difference when checking token lifetimes.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// In anonymous mode, also accept activities whose serviceUrl is not on this machine (e.g. an Agents
    /// Playground in another container). Off by default: an anonymous bot reachable from the internet would
    /// otherwise post replies to any host a caller names.
    /// </summary>
    public bool AllowAnonymousRemoteServiceUrls { get; set; }

    /// <summary>True when no app id is configured: inbound is accepted without a token and outbound sends none.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The tenant of the outbound token endpoint.</summary>
    public string TokenTenant => string.Equals(MicrosoftAppType, MultiTenant, StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(MicrosoftAppTenantId)
        ? "botframework.com"
        : MicrosoftAppTenantId;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var known = new[] { MultiTenant, SingleTenant, UserAssignedMsi };
        if (!known.Contains(MicrosoftAppType, StringComparer.OrdinalIgnoreCase))
        {
            yield return new ValidationResult("MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI.", [nameof(MicrosoftAppType)]);
        }

        if (IsAnonymous)
        {
            yield break;
        }

        if (string.Equals(MicrosoftAppType, UserAssignedMsi, StringComparison.OrdinalIgnoreCase))
        {
            // Managed identity tokens come from the hosting platform's endpoint, which is not implemented yet;
            // failing at start-up is better than failing on the first reply.
            yield return new ValidationResult("MicrosoftAppType UserAssignedMSI is not supported yet; use SingleTenant with a client secret.", [nameof(MicrosoftAppType)]);
            yield break;
        }

        if (string.IsNullOrWhiteSpace(MicrosoftAppPassword))
        {
            yield return new ValidationResult("MicrosoftAppPassword is required when MicrosoftAppId is set.", [nameof(MicrosoftAppPassword)]);
        }

        if (string.Equals(MicrosoftAppType, SingleTenant, StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
        {
            yield return new ValidationResult("MicrosoftAppTenantId is required for a SingleTenant bot.", [nameof(MicrosoftAppTenantId)]);
        }
    }
}
