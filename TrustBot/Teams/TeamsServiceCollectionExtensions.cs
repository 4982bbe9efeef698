using Microsoft.Extensions.DependencyInjection.Extensions;
using IMiddleware = TrustBot.Dialogs.Turns.IMiddleware;

namespace TrustBot.Teams;

/// <summary>Registers the Teams behaviour: the group-chat guard around every turn.</summary>
public static class TeamsServiceCollectionExtensions
{
    public static IServiceCollection AddTrustBotTeams(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TeamsOptions>()
            .Bind(configuration.GetSection(TeamsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMiddleware, GroupChatGuardMiddleware>());
        return services;
    }
}
