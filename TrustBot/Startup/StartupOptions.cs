using System.ComponentModel.DataAnnotations;

namespace TrustBot.Startup;

/// <summary>Start-up settings (section <c>Startup</c>).</summary>
public sealed class StartupOptions
{
    public const string SectionName = "Startup";

    /// <summary>
    /// How long start-up waits for the warm-up before listening anyway (a very busy machine). The
    /// warm-up then finishes in the background and <c>/healthz</c> says "not ready" until it has.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan WarmUpTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
