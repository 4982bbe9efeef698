using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace TrustBot.Tests.Browser;

/// <summary>The app on a real Kestrel port (127.0.0.1, random) with a temp data folder, for a real browser.</summary>
public sealed class BrowserAppFactory : WebApplicationFactory<Program>
{
    private readonly Action<IServiceCollection>? _configureServices;
    private Uri? _baseAddress;

    public BrowserAppFactory(string dataFolder, Action<IServiceCollection>? configureServices)
    {
        DataFolder = dataFolder;
        _configureServices = configureServices;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string DataFolder { get; }

    /// <summary>e.g. <c>http://127.0.0.1:41234</c>; starts the server on first use.</summary>
    public Uri BaseAddress
    {
        get
        {
            if (_baseAddress is null)
            {
                StartServer();
                _baseAddress = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            }

            return _baseAddress;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DataFolder", DataFolder);

        // Every browser test comes from 127.0.0.1; the per-address page-token limit is not under test here.
        builder.UseSetting("DirectLine:TokenRequestsPerMinute", "1000");
        if (_configureServices is not null)
        {
            builder.ConfigureTestServices(_configureServices);
        }
    }
}
