using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrustBot.Dialogs.Modules;
using TrustBot.Dialogs.Profile;

namespace TrustBot.Dialogs.Safety;

/// <summary>The safety layer in the conversation: screening, the safety and distress dialogs, the "crisis" command and the audit log.</summary>
public static class SafetyDialogsServiceCollectionExtensions
{
    public static IServiceCollection AddTrustBotSafetyDialogs(this IServiceCollection services)
    {
        services.AddTrustBotSafety();
        services.TryAddSingleton<MemorySafetyAuditLog>();
        services.TryAddSingleton<ISafetyAuditLog>(sp => sp.GetRequiredService<MemorySafetyAuditLog>());
        services.AddSingleton<IPersonalDataStore>(sp => sp.GetRequiredService<ISafetyAuditLog>());
        services.TryAddSingleton<SafetyLayer>();
        return services
            .AddBotDialog<SafetyDialog>()
            .AddBotDialog<DistressOfferDialog>()
            .AddBotCommand<CrisisCommand>()
            .AddDialogResultHandler<SafetyDialogResultHandler>();
    }
}
