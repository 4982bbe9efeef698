using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TrustBot.Dialogs.Engine;

namespace TrustBot.Storage;

/// <summary>Registers <see cref="IStorage"/> (SQLite by default, memory when <c>Storage:Provider</c> is <c>Memory</c>).</summary>
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
        return services;
    }
}
