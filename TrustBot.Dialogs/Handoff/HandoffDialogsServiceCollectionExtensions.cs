using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrustBot.Dialogs.Modules;
using TrustBot.Dialogs.Profile;

namespace TrustBot.Dialogs.Handoff;

/// <summary>
/// Human handoff in the conversation: the request dialog, "talk to a person", the staff-side coordinator.
/// Memory defaults for the store, presence, proactive path and follow-ups; the host replaces them.
/// </summary>
public static class HandoffDialogsServiceCollectionExtensions
{
    public static IServiceCollection AddTrustBotHandoffDialogs(this IServiceCollection services)
    {
        services.AddOptions<HandoffOptions>();
        services.TryAddSingleton<MemoryHandoffStore>();
        services.TryAddSingleton<IHandoffStore>(sp => sp.GetRequiredService<MemoryHandoffStore>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPersonalDataStore, HandoffPersonalDataStore>());
        services.TryAddSingleton<StaffPresence>();
        services.TryAddSingleton<IStaffPresence>(sp => sp.GetRequiredService<StaffPresence>());
        services.TryAddSingleton<IHandoffFollowUpScheduler, PendingFollowUps>();
        services.TryAddSingleton<IHandoffProactiveSender, UnreachableProactiveSender>();
        services.TryAddSingleton<IHandoffNotifier, NoHandoffNotifier>();
        services.TryAddSingleton<HumanHandoff>();
        services.TryAddSingleton<HandoffSummaryBuilder>();
        services.TryAddSingleton<HandoffTakeOver>();
        services.TryAddSingleton<HandoffCoordinator>();
        return services
            .AddBotDialog<HandoffDialog>()
            .AddBotDialog<HandoffFollowUpDialog>()
            .AddBotCommand<TalkToPersonCommand>()
            .AddBotEventHandler<HandoffStatusEventHandler>();
    }
}
