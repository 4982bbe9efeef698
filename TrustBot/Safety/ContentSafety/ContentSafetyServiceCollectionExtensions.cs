using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TrustBot.Dialogs.Safety;

namespace TrustBot.Safety.ContentSafety;

/// <summary>Registers the Content Safety second opinion when <c>ContentSafety:Enabled</c> is true; otherwise only validates the section.</summary>
public static class ContentSafetyServiceCollectionExtensions
{
    public static IServiceCollection AddTrustBotContentSafety(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ContentSafetyOptions.SectionName);
        services.AddOptions<ContentSafetyOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        if (!section.GetValue<bool>(nameof(ContentSafetyOptions.Enabled)))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(ContentSafetyClient.HttpClientName);
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ContentSafetyOptions>>();
            TokenCredential? credential = options.Value.UseEntraId ? new DefaultAzureCredential() : null;
            return new ContentSafetyClient(sp.GetRequiredService<IHttpClientFactory>(), options, credential);
        });
        services.TryAddSingleton<ICrisisSecondOpinion, ContentSafetySecondOpinion>();
        return services;
    }
}
