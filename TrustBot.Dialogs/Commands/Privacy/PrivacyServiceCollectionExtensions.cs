using Microsoft.Extensions.DependencyInjection;
using TrustBot.Dialogs.Modules;

namespace TrustBot.Dialogs.Commands.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    public static IServiceCollection AddTrustBotPrivacy(this IServiceCollection services) => services.AddBotCommand<PrivacyCommand>();
}
