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

    /// <summary>
    /// A certificate (PFX, or PEM with its key) used instead of <see cref="MicrosoftAppPassword"/>: MSAL signs
    /// a client assertion with it and sends the chain (x5c) for subject-name/issuer authentication.
    /// </summary>
    public string? MicrosoftAppCertificatePath { get; set; }

    /// <summary>The PFX password of <see cref="MicrosoftAppCertificatePath"/>, if it has one.</summary>
    public string? MicrosoftAppCertificatePassword { get; set; }

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

    /// <summary>The token tenant of a MultiTenant bot (sovereign clouds may name their own).</summary>
    [Required]
    public string MultiTenantTokenTenant { get; set; } = "botframework.com";

    /// <summary>
    /// Issuers of Entra tokens the bot accepts (Emulator and skills); empty = the SDK's public-cloud and US
    /// government tenants. Set for a sovereign cloud.
    /// </summary>
    public string[]? EntraIssuers { get; set; }

    /// <summary>
    /// Issuers accepted for the bot's own tenant and the token's <c>tid</c>, with <c>{tenant}</c> for the
    /// tenant id; empty = <c>https://sts.windows.net/{tenant}/</c> and <c>https://login.microsoftonline.com/{tenant}/v2.0</c>.
    /// </summary>
    public string[]? EntraTenantIssuerTemplates { get; set; }

    /// <summary>Scope of the bot's outbound token.</summary>
    [Required]
    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>The token endpoint of the Azure VM instance metadata service, as Azure.Identity asks it.</summary>
    public const string DefaultInstanceMetadataEndpoint = "http://169.254.169.254/metadata/identity/oauth2/token";

    /// <summary>
    /// Where UserAssignedMSI token requests in the VM metadata shape go: the metadata service itself, or a
    /// stand-in or sidecar that speaks its wire format. App Service and Container Apps instead set
    /// <c>IDENTITY_ENDPOINT</c> and <c>IDENTITY_HEADER</c> in the environment, which Azure.Identity reads itself.
    /// </summary>
    [Required]
    [Url]
    public string InstanceMetadataEndpoint { get; set; } = DefaultInstanceMetadataEndpoint;

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

    /// <summary>True when outbound tokens come from a user-assigned managed identity.</summary>
    public bool UsesManagedIdentity => string.Equals(MicrosoftAppType, UserAssignedMsi, StringComparison.OrdinalIgnoreCase);

    /// <summary>The tenant of the outbound token endpoint.</summary>
    public string TokenTenant => string.Equals(MicrosoftAppType, MultiTenant, StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(MicrosoftAppTenantId)
        ? MultiTenantTokenTenant
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

        var hasSecret = !string.IsNullOrEmpty(MicrosoftAppPassword);
        var hasCertificate = !string.IsNullOrWhiteSpace(MicrosoftAppCertificatePath);
        if (UsesManagedIdentity)
        {
            // As the SDK requires: the identity's client id and tenant, and no secret or certificate to leak
            // (exactly one kind of credential: the platform's identity).
            if (string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
            {
                yield return new ValidationResult("MicrosoftAppTenantId is required for a UserAssignedMSI bot.", [nameof(MicrosoftAppTenantId)]);
            }

            if (hasSecret || hasCertificate)
            {
                yield return new ValidationResult("A UserAssignedMSI bot takes no MicrosoftAppPassword or MicrosoftAppCertificatePath: its identity is the platform's.", [nameof(MicrosoftAppPassword), nameof(MicrosoftAppCertificatePath)]);
            }

            yield break;
        }

        if (hasSecret == hasCertificate)
        {
            yield return new ValidationResult(
                hasSecret
                    ? "Set MicrosoftAppPassword or MicrosoftAppCertificatePath, not both: one credential kind per bot."
                    : "MicrosoftAppPassword (or MicrosoftAppCertificatePath) is required when MicrosoftAppId is set.",
                [nameof(MicrosoftAppPassword), nameof(MicrosoftAppCertificatePath)]);
        }

        if (!hasCertificate && !string.IsNullOrEmpty(MicrosoftAppCertificatePassword))
        {
            yield return new ValidationResult("MicrosoftAppCertificatePassword is set but MicrosoftAppCertificatePath is not.", [nameof(MicrosoftAppCertificatePassword)]);
        }

        if (RequireHttpsMetadata && !LoginEndpoint.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult("LoginEndpoint must use https.", [nameof(LoginEndpoint)]);
        }

        if (string.Equals(MicrosoftAppType, SingleTenant, StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
        {
            yield return new ValidationResult("MicrosoftAppTenantId is required for a SingleTenant bot.", [nameof(MicrosoftAppTenantId)]);
        }
    }
}
