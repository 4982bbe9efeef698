using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrustBot.Dialogs.Profile;

namespace TrustBot.Dialogs.Scheduling;

/// <summary>
/// Registers the scheduled check-in dialogs and commands. The host supplies <see cref="ICheckInScheduler"/>
/// (TrustBot.Scheduling); follow-up outcomes default to memory until the host registers its store.
/// </summary>
public static class SchedulingDialogsServiceCollectionExtensions
{
    public static IServiceCollection AddTrustBotSchedulingDialogs(this IServiceCollection services)
    {
        services.TryAddSingleton<ScheduleDialog>();
        services.TryAddSingleton<FollowUpDialog>();
        services.TryAddSingleton<ScheduleCommandHandler>();
        services.TryAddSingleton<ScheduleSetupCommand>();
        services.TryAddSingleton<PauseCheckInsCommand>();
        services.TryAddSingleton<ResumeCheckInsCommand>();
        services.TryAddSingleton<StopCheckInsCommand>();
        services.TryAddSingleton<SnoozeCheckInCommand>();
        services.TryAddSingleton<SkipTodayCommand>();
        services.TryAddSingleton<StartFollowUpCommand>();
        services.TryAddSingleton<MemoryFollowUpOutcomeStore>();
        if (services.All(d => d.ServiceType != typeof(IFollowUpOutcomeStore)))
        {
            services.AddSingleton<IFollowUpOutcomeStore>(sp => sp.GetRequiredService<MemoryFollowUpOutcomeStore>());
            services.AddSingleton<IPersonalDataStore>(sp => sp.GetRequiredService<IFollowUpOutcomeStore>());
        }

        return services;
    }
}
