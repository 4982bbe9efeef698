using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.History;

/// <summary>Check-in and reflection history; memory by default, the host's SQLite table when it registers one.</summary>
public static class HistoryServiceCollectionExtensions
{
    public static IServiceCollection AddTrustBotHistory(this IServiceCollection services)
    {
        services.TryAddSingleton<IHistoryStore, MemoryHistoryStore>();
        services.TryAddSingleton<PersonHistory>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMiddleware, HistoryMigrationMiddleware>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPersonalDataStore, HistoryPersonalData>());
        return services;
    }
}
