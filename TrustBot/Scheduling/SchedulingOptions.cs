using System.ComponentModel.DataAnnotations;
using TrustBot.Hosting;

namespace TrustBot.Scheduling;

/// <summary>Scheduled check-ins: the Quartz job store, delivery retries, the outbox and outbound throttling.</summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>Runs the scheduler. Off: schedules can still be saved, nothing is sent.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Quartz ADO provider: <c>SQLite-Microsoft</c> (default, the bot's database) or <c>Npgsql</c> (PostgreSQL, needs the Npgsql package).</summary>
    [Required]
    [RegularExpression("^(SQLite-Microsoft|Npgsql)$", ErrorMessage = "Scheduling:JobStoreProvider must be SQLite-Microsoft or Npgsql.")]
    public string JobStoreProvider { get; set; } = "SQLite-Microsoft";

    /// <summary>Job store connection string; empty means the bot's own SQLite database file.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Create Quartz's QRTZ_ tables when missing (its own shipped schema). Off for a database where the scheduler may not run DDL.</summary>
    public bool CreateSchema { get; set; } = true;

    /// <summary>
    /// Quartz's instance name. Quartz keeps its schedulers in a process-wide repository by this name, and the
    /// job store keeps every trigger under it (SCHED_NAME), so it must be unique in the process and the same
    /// across restarts: Quartz's own default, so a job store written before this setting keeps its triggers.
    /// </summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9_.-]{1,100}$", ErrorMessage = "Scheduling:SchedulerName must be 1-100 letters, digits, '.', '_' or '-'.")]
    public string SchedulerName { get; set; } = "QuartzScheduler";

    /// <summary>Several bot instances share one job store (needs a server database, not SQLite).</summary>
    public bool Clustered { get; set; }

    /// <summary>How late a prompt may fire before it counts as missed; a missed day then gives one late prompt.</summary>
    [TimeSpanRange("00:00:01", "01:00:00")]
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Firings that run at once.</summary>
    [Range(1, 500)]
    public int MaxConcurrency { get; set; } = 20;

    /// <summary>How often the outbox is swept for prompts waiting for a retry.</summary>
    [TimeSpanRange("00:00:05", "01:00:00")]
    public TimeSpan OutboxSweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>First wait before a failed prompt is tried again; doubles per attempt up to <see cref="OutboxMaxRetryDelay"/>.</summary>
    [TimeSpanRange("00:00:01", "01:00:00")]
    public TimeSpan OutboxMinRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    [TimeSpanRange("00:00:01", "1.00:00:00")]
    public TimeSpan OutboxMaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A prompt not delivered within this long after it was due is dropped: a stale "time for your check-in" helps nobody.</summary>
    [TimeSpanRange("00:01:00", "2.00:00:00")]
    public TimeSpan OutboxExpiry { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Outbound messages per second per tenant (Teams: 30 per app per tenant). 0 = unlimited.</summary>
    [Range(0, 10_000)]
    public double PerTenantMessagesPerSecond { get; set; } = 25;

    /// <summary>Outbound messages per second per conversation (Teams: 7 per second per thread). 0 = unlimited.</summary>
    [Range(0, 1_000)]
    public double PerConversationMessagesPerSecond { get; set; } = 5;

    /// <summary>Prompts sent at once; the rest wait their turn.</summary>
    [Range(1, 1_000)]
    public int MaxConcurrentSends { get; set; } = 32;

    /// <summary>After a crisis response, prompts within this period are a gentle question with consent instead.</summary>
    [TimeSpanRange("00:00:00", "30.00:00:00")]
    public TimeSpan CrisisGentlePeriod { get; set; } = TimeSpan.FromDays(3);
}
