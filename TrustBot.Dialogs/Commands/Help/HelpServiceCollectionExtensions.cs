using Microsoft.Extensions.DependencyInjection;
using TrustBot.Dialogs.Modules;

namespace TrustBot.Dialogs.Commands.Help;

public static class HelpServiceCollectionExtensions
{
    public static IServiceCollection AddTrustBotHelp(this IServiceCollection services) => services.AddBotCommand<HelpCommand>();
}
