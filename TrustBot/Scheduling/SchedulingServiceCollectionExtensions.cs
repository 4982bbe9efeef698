using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;
using TrustBot.Dialogs.Handoff;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Scheduling;
using TrustBot.DirectLine;
using TrustBot.Hosting;
using TrustBot.Messaging;
using TrustBot.Storage;

namespace TrustBot.Scheduling;

/// <summary>
/// Registers scheduled check-ins: the schedule store, Quartz with its persistent ADO job store (the bot's
/// SQLite database by default; PostgreSQL and clustering by configuration), the outbox, throttling,
/// proactive delivery, the personal-data stores and the dialogs.
/// </summary>
public static class SchedulingServiceCollectionExtensions
{
    /// <param name="configureQuartz">Extra Quartz configuration (listeners in tests).</param>
    public static IServiceCollection AddTrustBotScheduling(this IServiceCollection services, IConfiguration configuration, Action<IQuartzBuilder>? configureQuartz = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<SchedulingOptions>(
            SchedulingOptions.SectionName, configuration,
            (o => !o.Clustered || o.JobStoreProvider != "SQLite-Microsoft", "Scheduling:Clustered needs a server database (JobStoreProvider Npgsql)."));
        var options = configuration.GetSection(SchedulingOptions.SectionName).Get<SchedulingOptions>() ?? new SchedulingOptions();
        var configuredConnection = string.IsNullOrWhiteSpace(options.ConnectionString) ? null : options.ConnectionString;

        services.TryAddSingleton(TimeProvider.System);
        services.AddSqliteSchema(SchedulingDatabase.Schema);
        services.TryAddSingleton<SchedulingDatabase>();
        services.TryAddSingleton<SqliteCheckInScheduleStore>();
        services.TryAddSingleton<CheckInOutbox>();
        services.TryAddSingleton<OutboundThrottle>();
        services.TryAddSingleton<QuartzCheckInScheduler>();
        services.TryAddSingleton<ICheckInScheduler>(sp => sp.GetRequiredService<QuartzCheckInScheduler>());
        services.TryAddSingleton<CheckInDispatcher>();

        // Replace: the handoff dialogs register an in-memory default.
        services.Replace(ServiceDescriptor.Singleton<IHandoffFollowUpScheduler, QuartzHandoffFollowUpScheduler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInboundActivityObserver, CheckInDispatcher>(sp => sp.GetRequiredService<CheckInDispatcher>()));
        services.TryAddSingleton<DirectLineProactiveChannel>();
        services.TryAddSingleton<ConnectorProactiveChannel>();

        // Website conversations first (they are in this process), then the Bot Connector.
        services.AddSingleton<IProactiveChannel>(sp => sp.GetService<DirectLineConversations>() is null
            ? new NoProactiveChannel()
            : sp.GetRequiredService<DirectLineProactiveChannel>());
        services.AddSingleton<IProactiveChannel>(sp => sp.GetRequiredService<ConnectorProactiveChannel>());

        services.TryAddSingleton<SqliteFollowUpOutcomeStore>();
        services.TryAddSingleton<IFollowUpOutcomeStore>(sp => sp.GetRequiredService<SqliteFollowUpOutcomeStore>());
        services.AddSingleton<IPersonalDataStore>(sp => sp.GetRequiredService<IFollowUpOutcomeStore>());
        services.AddSingleton<IPersonalDataStore, SchedulingPersonalData>();

        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o => o.InstanceName = options.SchedulerName);
            q.UseDefaultThreadPool(options.MaxConcurrency);
            q.UsePersistentStore(store =>
            {
                if (options.JobStoreProvider == "Npgsql")
                {
                    store.UsePostgres(o => o.ConnectionString = configuredConnection ?? string.Empty);
                }
                else
                {
                    // The bot's own database through the shared helper (a private in-memory one with
                    // Storage:Provider=Memory), unless another is configured. Built when the store first
                    // connects, which the hosted service lets happen only after EnsureCreatedAsync.
                    store.UseSqlite(o =>
                    {
                        if (configuredConnection is null)
                        {
                            o.DataSourceFactory = sp => SqliteFactory.Instance.CreateDataSource(sp.GetRequiredService<SqliteConnectionFactory>().ConnectionString);
                        }
                        else
                        {
                            o.ConnectionString = configuredConnection;
                        }
                    });
                }

                if (options.CreateSchema)
                {
                    // Quartz's own tables_sqlite.sql / tables_postgres.sql, created once when missing.
                    store.ProvisionSchema();
                }

                store.ConfigureStore(o => o.MisfireThreshold = options.MisfireThreshold);
                if (options.Clustered)
                {
                    store.UseClustering(_ => { });
                }
            });
            configureQuartz?.Invoke(q);
        });
        services.AddHostedService<SchedulingHostedService>();
        services.AddTrustBotSchedulingDialogs();
        return services;
    }
}
