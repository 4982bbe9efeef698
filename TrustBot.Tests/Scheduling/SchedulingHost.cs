using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using TrustBot.Dialogs.Scheduling;
using TrustBot.Messaging;
using TrustBot.Scheduling;
using TrustBot.Storage;
using TrustBot.Tests.Storage;

namespace TrustBot.Tests.Scheduling;

/// <summary>
/// The scheduling services as the bot hosts them (storage, messaging, Quartz on the SQLite file) on a
/// fake clock. Disposing it is a process stopping; a new host on the same database is the restart.
/// </summary>
public sealed class SchedulingHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly SchedulingHostedService _hosted;

    private SchedulingHost(ServiceProvider services, FakeTimeProvider time, FiringListener listener, RecordingProactiveChannel? recorder)
    {
        _services = services;
        Time = time;
        Firings = listener;
        Recorder = recorder;
        _hosted = services.GetServices<IHostedService>().OfType<SchedulingHostedService>().Single();
    }

    public FakeTimeProvider Time { get; }

    public FiringListener Firings { get; }

    /// <summary>Null when the real Connector channel delivers (stand-in tests).</summary>
    public RecordingProactiveChannel? Recorder { get; }

    public IServiceProvider Services => _services;

    public QuartzCheckInScheduler Scheduler => _services.GetRequiredService<QuartzCheckInScheduler>();

    public CheckInDispatcher Dispatcher => _services.GetRequiredService<CheckInDispatcher>();

    public CheckInOutbox Outbox => _services.GetRequiredService<CheckInOutbox>();

    public static async Task<SchedulingHost> StartAsync(TempSqliteDatabase database, FakeTimeProvider time, bool recordDeliveries = true, IDictionary<string, string?>? settings = null, bool start = true)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:DataFolder"] = database.Folder,
            ["Scheduling:SchedulerName"] = Hosting.TrustBotHostFactory.SchedulerNameFor(database.Folder),
            ["Scheduling:PerTenantMessagesPerSecond"] = "0",
            ["Scheduling:PerConversationMessagesPerSecond"] = "0",
            ["Scheduling:Enabled"] = start ? "true" : "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        var recorder = recordDeliveries ? new RecordingProactiveChannel() : null;
        if (recorder is not null)
        {
            services.AddSingleton<IProactiveChannel>(recorder);
        }

        var listener = new FiringListener();
        services.AddTrustBotStorage(configuration);
        services.AddTrustBotMessaging(configuration);
        services.AddTrustBotScheduling(configuration, q => q.AddJobListener(listener));
        var provider = services.BuildServiceProvider();
        var host = new SchedulingHost(provider, time, listener, recorder);
        await host._hosted.StartAsync(CancellationToken.None);
        return host;
    }

    /// <summary>A person's daily (or other) schedule, saved and triggered.</summary>
    public Task<DateTimeOffset?> SaveAsync(CheckInSchedule schedule) => Scheduler.SaveAsync(schedule, CancellationToken.None);

    /// <summary>Moves the clock to the person's next regular fire time and waits for that firing to finish.</summary>
    public async Task<DateTimeOffset> FireNextAsync(string channelId, string userId, string triggerName = CheckInTriggers.Regular)
    {
        var scheduler = await _services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = await scheduler.GetTrigger(CheckInTriggers.Key(channelId, userId, triggerName)) ?? throw new InvalidOperationException("No trigger.");
        var next = trigger.NextFireTimeUtc ?? throw new InvalidOperationException("The trigger will not fire.");
        if (next > Time.GetUtcNow())
        {
            Time.SetUtcNow(next);
        }

        return (await Firings.NextAsync(CheckInTriggers.PromptJob))!.Value;
    }

    public async Task<DateTimeOffset?> NextFireAsync(string channelId, string userId, string triggerName = CheckInTriggers.Regular)
    {
        var scheduler = await _services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return (await scheduler.GetTrigger(CheckInTriggers.Key(channelId, userId, triggerName)))?.NextFireTimeUtc;
    }

    public ConversationReferenceStore References => _services.GetRequiredService<ConversationReferenceStore>();

    public async ValueTask DisposeAsync()
    {
        await _hosted.StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
    }
}
