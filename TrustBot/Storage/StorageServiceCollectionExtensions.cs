using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Safety;
using TrustBot.Safety;
using TrustBot.Startup;

namespace TrustBot.Storage;

/// <summary>Registers <see cref="IStorage"/> and the safety audit log (SQLite by default, memory when <c>Storage:Provider</c> is <c>Memory</c>).</summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddTrustBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        // One connection helper for every store; in memory mode it keeps an in-memory database, so no file is created.
        services.TryAddSingleton<SqliteConnectionFactory>();
        services.TryAddSingleton<SqliteEraser>();
        services.AddHostedService(sp => sp.GetRequiredService<SqliteEraser>());
        services.AddSingleton<IPersonalDataEraser>(sp => sp.GetRequiredService<SqliteEraser>());
        services.AddSqliteSchema(SqliteStorage.Schema);
        services.AddSingleton<IWarmUpStep, SqliteWarmUp>();
        services.TryAddSingleton<SqliteStorage>();
        services.TryAddSingleton<MemoryStorage>();
        services.TryAddSingleton<IStorage>(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.UsesMemory
            ? sp.GetRequiredService<MemoryStorage>()
            : sp.GetRequiredService<SqliteStorage>());

        // The safety audit trail lives in the same database. The dialogs register a memory default with
        // TryAdd; a plain Add resolves last, so this wins whichever of the two registrations runs first.
        services.AddSqliteSchema(SqliteSafetyAuditLog.Schema);
        services.TryAddSingleton<SqliteSafetyAuditLog>();
        services.TryAddSingleton<MemorySafetyAuditLog>();
        services.AddSingleton<ISafetyAuditLog>(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.UsesMemory
            ? sp.GetRequiredService<MemorySafetyAuditLog>()
            : sp.GetRequiredService<SqliteSafetyAuditLog>());
        return services;
    }

    /// <summary>Adds a store's tables to the database; <see cref="SqliteConnectionFactory"/> creates each schema once.</summary>
    public static IServiceCollection AddSqliteSchema(this IServiceCollection services, ISqliteSchema schema)
    {
        services.AddSingleton(schema);
        return services;
    }
}
