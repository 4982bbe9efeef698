using Microsoft.Extensions.DependencyInjection;
using TrustBot.Dialogs.Modules;

namespace TrustBot.Dialogs.Commands.Cancel;

public static class CancelServiceCollectionExtensions
{
    public static IServiceCollection AddTrustBotCancel(this IServiceCollection services) => services.AddBotCommand<CancelCommand>();
}
