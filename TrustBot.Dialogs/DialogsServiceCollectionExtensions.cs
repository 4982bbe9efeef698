using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Turns;

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
        services.AddSingleton<IBot, TrustBotHandler>();
        services.AddSingleton<BotAdapter>();
        return services;
    }
}
