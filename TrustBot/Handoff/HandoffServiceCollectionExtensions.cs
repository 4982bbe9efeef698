using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TrustBot.Dialogs.Handoff;
using TrustBot.Storage;

namespace TrustBot.Handoff;

/// <summary>The host side of human handoff: validated options, the durable store, the proactive path, the Teams channel notice, the timeout sweep.</summary>
public static class HandoffServiceCollectionExtensions
{
    public static IServiceCollection AddTrustBotHandoff(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HandoffOptions>()
            .Bind(configuration.GetSection(HandoffOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<TeamsNotificationOptions>()
            .Bind(configuration.GetSection(TeamsNotificationOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSqliteSchema(SqliteHandoffStore.Schema);
        services.TryAddSingleton<SqliteHandoffStore>();
        services.TryAddSingleton<MemoryHandoffStore>();

        // Replace because the dialogs register memory defaults.
        services.Replace(ServiceDescriptor.Singleton<IHandoffStore>(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.UsesMemory
            ? sp.GetRequiredService<MemoryHandoffStore>()
            : sp.GetRequiredService<SqliteHandoffStore>()));
        services.Replace(ServiceDescriptor.Singleton<IHandoffProactiveSender, HandoffProactiveSender>());
        services.Replace(ServiceDescriptor.Singleton<IHandoffNotifier, TeamsChannelNotifier>());
        services.AddHostedService<HandoffTimeoutService>();
        return services;
    }
}
