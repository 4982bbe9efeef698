using Microsoft.Extensions.DependencyInjection;
using TrustBot.Dialogs.Modules;

namespace TrustBot.Dialogs.Welcome;

public static class WelcomeServiceCollectionExtensions
{
    public static IServiceCollection AddTrustBotWelcome(this IServiceCollection services) =>
        services.AddBotDialog<WelcomeDialog>().AddDialogResultHandler<WelcomeResultHandler>();
}
