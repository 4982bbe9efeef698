using Microsoft.Extensions.DependencyInjection.Extensions;
using TrustBot.Dialogs.Profile;
using TrustBot.Hosting;
using TrustBot.Storage;

namespace TrustBot.DirectLine;

/// <summary>Registers the embedded Direct Line channel (store, tokens, stream, retention, CORS policy).</summary>
public static class DirectLineServiceCollectionExtensions
{
    // Request headers a partner page may send cross-origin (what Web Chat's Direct Line client uses).
    private static readonly string[] AllowedRequestHeaders = ["authorization", "content-type", "accept", "x-ms-bot-agent", "x-requested-with"];

    public static IServiceCollection AddTrustBotDirectLine(this IServiceCollection services)
    {
        services.AddValidatedOptions<DirectLineOptions>(
            DirectLineOptions.SectionName, null,
            (o => o.AzureSecret is null or "" || !string.IsNullOrEmpty(o.AzureEndpoint), "DirectLine:AzureEndpoint is required with DirectLine:AzureSecret."),
            (o => o.AllowedOrigins.All(IsOrigin), "DirectLine:AllowedOrigins entries must be absolute http(s) origins without a path."));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSqliteSchema(DirectLineStore.Schema);
        services.AddSingleton<DirectLineStore>();
        services.AddSingleton<DirectLineSigningKey>();
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineAuthorizer>();
        services.AddSingleton<DirectLineStreamHub>();
        services.AddSingleton<DirectLineStreamHandler>();
        services.AddSingleton<DirectLineOriginPolicy>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<IPersonalDataStore, DirectLinePersonalData>();
        services.AddSingleton<DirectLineRetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<DirectLineRetentionService>());
        services.AddSingleton<DirectLineErasureService>();
        services.AddHostedService(sp => sp.GetRequiredService<DirectLineErasureService>());
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<DirectLineOriginPolicy>((cors, origins) => cors.AddPolicy(DirectLineEndpoints.CorsPolicy, policy => policy
                .WithOrigins([.. origins.AllowedOrigins])
                .WithMethods("GET", "POST", "PUT", "DELETE", "OPTIONS")
                .WithHeaders([.. AllowedRequestHeaders])
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        return services;
    }

    private static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.AbsolutePath == "/" && string.IsNullOrEmpty(uri.Query);
}
