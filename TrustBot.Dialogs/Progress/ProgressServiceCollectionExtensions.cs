using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrustBot.Dialogs.Modules;

namespace TrustBot.Dialogs.Progress;

/// <summary>"my progress" and the two-week reflection (conversation.md section 7).</summary>
public static class ProgressServiceCollectionExtensions
{
    public static IServiceCollection AddTrustBotProgress(this IServiceCollection services)
    {
        services.TryAddSingleton<ReflectionOffer>();
        services.TryAddSingleton<IProgressChart, NoProgressChart>();
        return services
            .AddBotDialog<ReflectionDialog>()
            .AddBotCommand<ProgressCommand>()
            .AddBotCommand<ReflectCommand>()
            .AddDialogResultHandler<ReflectionAfterCheckIn>();
    }
}
