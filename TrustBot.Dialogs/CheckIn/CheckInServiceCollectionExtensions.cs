using Microsoft.Extensions.DependencyInjection;
using TrustBot.Dialogs.Modules;

namespace TrustBot.Dialogs.CheckIn;

public static class CheckInServiceCollectionExtensions
{
    public static IServiceCollection AddTrustBotCheckIn(this IServiceCollection services) =>
        services.AddBotDialog<CheckInDialog>().AddBotCommand<CheckInCommand>();
}
