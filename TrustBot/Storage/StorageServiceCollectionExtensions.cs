using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Safety;
using TrustBot.Safety;

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

        // The factory is registered in both modes so other features can always resolve it; in memory
        // mode nothing opens it, so no file is created.
        services.TryAddSingleton<SqliteConnectionFactory>();
        services.TryAddSingleton<SqliteStorage>();
        services.TryAddSingleton<MemoryStorage>();
        services.TryAddSingleton<IStorage>(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.UsesMemory
            ? sp.GetRequiredService<MemoryStorage>()
            : sp.GetRequiredService<SqliteStorage>());

        // The safety audit trail lives in the same database; Replace because the dialogs register a memory default.
        services.TryAddSingleton<SqliteSafetyAuditLog>();
        services.Replace(ServiceDescriptor.Singleton<ISafetyAuditLog>(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.UsesMemory
            ? sp.GetRequiredService<MemorySafetyAuditLog>()
            : sp.GetRequiredService<SqliteSafetyAuditLog>()));
        return services;
    }
}
