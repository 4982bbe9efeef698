using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Commands;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Turns;
using TrustBot.Dialogs.Welcome;

namespace TrustBot.Dialogs;

/// <summary>Registers the conversation: state, middleware, the adapter and the bot. The host supplies <see cref="IStorage"/>.</summary>
public static class DialogsServiceCollectionExtensions
{
    public static IServiceCollection AddTrustBotDialogs(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddSingleton<IMiddleware, AutoSaveStateMiddleware>();
        services.AddSingleton<ProfileAccessor>();
        services.AddSingleton<PersonalDataService>();
        services.AddSingleton<WelcomeDialog>();
        services.AddSingleton<CheckInDialog>();
        services.AddSingleton<DeleteDataDialog>();
        services.AddSingleton<MyDataDialog>();
        services.AddTrustBotSafety();
        services.TryAddSingleton<MemorySafetyAuditLog>();
        services.TryAddSingleton<ISafetyAuditLog>(sp => sp.GetRequiredService<MemorySafetyAuditLog>());
        services.AddSingleton<IPersonalDataStore>(sp => sp.GetRequiredService<ISafetyAuditLog>());
        services.AddSingleton<SafetyLayer>();
        services.AddSingleton<SafetyDialog>();
        services.AddSingleton<DistressOfferDialog>();
        services.AddSingleton<IBot, TrustBotHandler>();
        services.AddSingleton<BotAdapter>();
        return services;
    }
}
