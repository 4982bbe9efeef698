using TrustBot.Dialogs.History;
using TrustBot.Startup;
using TrustBot.Storage;

namespace TrustBot.History;

public static class HistoryStoreServiceCollectionExtensions
{
    /// <summary>The history table in the bot's database (both storage modes) and its start-up migration.</summary>
    public static IServiceCollection AddTrustBotHistoryStore(this IServiceCollection services)
    {
        services.AddSqliteSchema(SqliteHistoryStore.Schema);

        // A plain Add resolves last, so this wins over the dialogs' memory default whichever runs first.
        services.AddSingleton<IHistoryStore, SqliteHistoryStore>();
        services.AddSingleton<HistoryStartupMigration>();
        services.AddSingleton<IWarmUpStep>(sp => sp.GetRequiredService<HistoryStartupMigration>());
        return services;
    }
}
