namespace TrustBot.Hosting;

/// <summary>Makes a bare <c>dotnet run</c> listen where bot tools look for a local bot.</summary>
public static class DefaultUrlsWebApplicationBuilderExtensions
{
    /// <summary>The Bot Framework convention for a local bot (Emulator, Agents Playground).</summary>
    public const string DefaultUrl = "http://localhost:3978";

    /// <summary>
    /// Listens on <see cref="DefaultUrl"/> unless an address is configured in any of the usual ways
    /// (<c>--urls</c>, <c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c> as set by container images, or
    /// <c>Kestrel:Endpoints</c>). A default in appsettings.json would override ASPNETCORE_URLS, so it lives here.
    /// </summary>
    public static WebApplicationBuilder UseTrustBotDefaultUrls(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var configured = !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey])
                         || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpPortsKey])
                         || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpsPortsKey])
                         || configuration.GetSection("Kestrel:Endpoints").Exists();
        if (!configured)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        return builder;
    }
}
