using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Commands.Cancel;
using TrustBot.Dialogs.Commands.Help;
using TrustBot.Dialogs.Commands.MyData;
using TrustBot.Dialogs.Commands.Privacy;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Handoff;
using TrustBot.Dialogs.History;
using TrustBot.Dialogs.Modules;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Progress;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Turns;
using TrustBot.Dialogs.Welcome;

namespace TrustBot.Dialogs;

/// <summary>
/// Registers the conversation: state, middleware, the adapter, the router and every capability (one line
/// each; a capability's own <c>Add...()</c> registers its commands and dialogs). The host supplies <see cref="IStorage"/>.
/// </summary>
public static class DialogsServiceCollectionExtensions
{
    public static IServiceCollection AddTrustBotDialogs(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ConversationState>();
        services.TryAddSingleton<UserState>();
        services.TryAddSingleton<ProfileAccessor>();
        services.TryAddSingleton<DialogLog>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMiddleware, AutoSaveStateMiddleware>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMiddleware, DialogLogMiddleware>());

        services.AddTrustBotSafetyDialogs();
        services.AddTrustBotWelcome();
        services.AddTrustBotCheckIn();
        services.AddTrustBotHelp();
        services.AddTrustBotCancel();
        services.AddTrustBotPrivacy();
        services.AddTrustBotMyData();
        services.AddTrustBotHandoffDialogs();
        services.AddTrustBotHistory();
        services.AddTrustBotProgress();

        services.TryAddSingleton<CommandRecognizer>();
        services.AddSingleton<IBot, TrustBotHandler>();
        services.AddSingleton<BotAdapter>();
        return services;
    }
}
