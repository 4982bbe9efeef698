using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Scheduling;
using TrustBot.DirectLine;
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
        services.AddOptions<SchedulingOptions>()
            .Bind(configuration.GetSection(SchedulingOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => !o.Clustered || o.JobStoreProvider != "SQLite-Microsoft", "Scheduling:Clustered needs a server database (JobStoreProvider Npgsql).")
            .ValidateOnStart();
        var options = configuration.GetSection(SchedulingOptions.SectionName).Get<SchedulingOptions>() ?? new SchedulingOptions();
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var connectionString = string.IsNullOrWhiteSpace(options.ConnectionString) ? SqliteConnectionString(storage) : options.ConnectionString;

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SchedulingDatabase>();
        services.TryAddSingleton<SqliteCheckInScheduleStore>();
        services.TryAddSingleton<CheckInOutbox>();
        services.TryAddSingleton<OutboundThrottle>();
        services.TryAddSingleton<QuartzCheckInScheduler>();
        services.TryAddSingleton<ICheckInScheduler>(sp => sp.GetRequiredService<QuartzCheckInScheduler>());
        services.TryAddSingleton<CheckInDispatcher>();
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
        services.AddTrustBotSchedulingDialogs();

        services.AddQuartz(q =>
        {
            q.UseDefaultThreadPool(options.MaxConcurrency);
            q.UsePersistentStore(store =>
            {
                if (options.JobStoreProvider == "Npgsql")
                {
                    store.UsePostgres(o => o.ConnectionString = connectionString);
                }
                else
                {
                    store.UseSqlite(connectionString);
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
        return services;
    }

    /// <summary>The bot's database file for Quartz's own connections (same busy timeout as the shared helper).</summary>
    private static string SqliteConnectionString(StorageOptions storage) => new SqliteConnectionStringBuilder
    {
        DataSource = storage.DatabasePath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = (int)Math.Ceiling(storage.BusyTimeoutMilliseconds / 1000.0),
    }.ToString();
}
