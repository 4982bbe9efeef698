using System.ComponentModel.DataAnnotations;
using TrustBot.Hosting;

namespace TrustBot.DirectLine;

/// <summary>The embedded Direct Line 3.0 channel and the website widget's token endpoint.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// Base64 HMAC-SHA256 key (at least 32 bytes) that signs tokens. When empty a random key is
    /// generated once and kept in the data folder, so tokens survive restarts without a secret in the repo.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>How long a token lives; the widget refreshes it every 15 minutes.</summary>
    [TimeSpanRange("00:02:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Optional secret for server-to-server clients of our own Direct Line (test tools such as Botium):
    /// accepted as Bearer on every call and by <c>POST /v3/directline/tokens/generate</c>. Empty disables it.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>Origins (scheme://host[:port]) of other sites allowed to call Direct Line, open its WebSocket or frame the widget.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>When set (with <see cref="AzureEndpoint"/>), pages get tokens from Azure Bot Service's Direct Line instead of ours.</summary>
    public string? AzureSecret { get; set; }

    /// <summary>Azure Direct Line base, e.g. <c>https://directline.botframework.com</c> or a regional endpoint.</summary>
    [Url]
    public string? AzureEndpoint { get; set; } = "https://directline.botframework.com";

    /// <summary>Activities and conversations older than this are deleted.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 30;

    /// <summary>Only the newest activities of a conversation are kept.</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 2000;

    [TimeSpanRange("00:00:10", "1.00:00:00")]
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// After "delete my data" the website conversation keeps only the confirmation, for this long so it
    /// reaches the person, then it is erased with everything else.
    /// </summary>
    [TimeSpanRange("00:00:05", "01:00:00")]
    public TimeSpan DeletionConfirmationWindow { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often due erasures (see <see cref="DeletionConfirmationWindow"/>) are carried out.</summary>
    [TimeSpanRange("00:00:01", "01:00:00")]
    public TimeSpan ErasureInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Empty WebSocket frames are sent this often so proxies keep the stream open.</summary>
    [TimeSpanRange("00:00:01", "00:10:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Largest accepted activity, in characters of JSON (Azure's limit is 256K).</summary>
    [Range(1024, 1_048_576)]
    public int MaxActivityChars { get; set; } = 256 * 1024;

    /// <summary>
    /// How long a send waits for the bot's turn before answering anyway. The person's activity is already
    /// stored, so the replies still arrive through the stream or the next poll; no 502 for a slow bot.
    /// </summary>
    [TimeSpanRange("00:00:01", "00:05:00")]
    public TimeSpan BotTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Page tokens (<c>POST /api/directline/token</c>) one client address may get per minute. Behind a
    /// reverse proxy, configure forwarded headers so the client's address is seen, not the proxy's.
    /// </summary>
    [Range(1, 10_000)]
    public int TokenRequestsPerMinute { get; set; } = 30;

    [Required]
    public string BotId { get; set; } = "trustbot";

    [Required]
    public string BotName { get; set; } = "TrustBot";
}
