using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrustBot.Dialogs.Modules;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Safety;

namespace TrustBot.Dialogs.Scheduling;

/// <summary>
/// Registers scheduled check-ins with the router: the schedule and follow-up dialogs, the seven commands,
/// the offer after the welcome and after a first check-in, the follow-up of a check-in's planned step and
/// the crisis note. The host supplies <see cref="ICheckInScheduler"/> (TrustBot.Scheduling); follow-up
/// outcomes default to memory until the host registers its store.
/// </summary>
public static class SchedulingDialogsServiceCollectionExtensions
{
    public static IServiceCollection AddTrustBotSchedulingDialogs(this IServiceCollection services)
    {
        services.AddBotDialog<ScheduleDialog>()
            .AddBotDialog<FollowUpDialog>()
            .AddBotCommand<ScheduleSetupCommand>()
            .AddBotCommand<PauseCheckInsCommand>()
            .AddBotCommand<ResumeCheckInsCommand>()
            .AddBotCommand<StopCheckInsCommand>()
            .AddBotCommand<SnoozeCheckInCommand>()
            .AddBotCommand<SkipTodayCommand>()
            .AddBotCommand<StartFollowUpCommand>()
            .AddDialogResultHandler<ScheduleOfferAfterWelcome>()
            .AddDialogResultHandler<CheckInEndedScheduling>();
        services.TryAddSingleton<ScheduleCommandHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IEscalationObserver, CrisisScheduleNote>());
        services.TryAddSingleton<MemoryFollowUpOutcomeStore>();
        if (services.All(d => d.ServiceType != typeof(IFollowUpOutcomeStore)))
        {
            services.AddSingleton<IFollowUpOutcomeStore>(sp => sp.GetRequiredService<MemoryFollowUpOutcomeStore>());
            services.AddSingleton<IPersonalDataStore>(sp => sp.GetRequiredService<IFollowUpOutcomeStore>());
        }

        return services;
    }
}
