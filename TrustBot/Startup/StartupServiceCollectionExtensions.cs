using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TrustBot.Startup;

/// <summary>Registers the warm-up that runs before Kestrel listens, and the readiness behind <c>/healthz</c>.</summary>
public static class StartupServiceCollectionExtensions
{
    public static IServiceCollection AddTrustBotStartup(this IServiceCollection services)
    {
        services.AddOptions<StartupOptions>()
            .BindConfiguration(StartupOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StartupReadiness>();
        services.AddSingleton<IWarmUpStep, ConversationWarmUp>();
        services.TryAddSingleton<WarmUpService>();
        services.AddHostedService(sp => sp.GetRequiredService<WarmUpService>());
        return services;
    }

    /// <summary><c>GET /healthz</c>: 200 "ok" once warm, 503 "not ready" before.</summary>
    public static IEndpointRouteBuilder MapTrustBotHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", (StartupReadiness readiness) => readiness.IsReady
            ? Results.Text("ok")
            : Results.Text("not ready", statusCode: StatusCodes.Status503ServiceUnavailable));
        return endpoints;
    }
}
