using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrustBot.Dialogs.Turns;
using TrustBot.Tests.DirectLine;

namespace TrustBot.Tests.Hosting;

/// <summary>
/// The one host fixture for tests of the web app: in-memory storage by default or SQLite in a temp
/// folder (<see cref="WithSqliteStorage(string?, bool)"/>), configuration settings, a replaced bot or
/// clock, any other service replacement, TestServer or a real Kestrel port (<see cref="WithKestrel"/>).
/// Presets: <see cref="ForDirectLine"/> and <see cref="ForBrowser"/>. Configure before the first
/// <c>CreateClient</c>/<c>Services</c> call.
/// </summary>
public sealed class TrustBotHostFactory : WebApplicationFactory<Program>
{
    public const string DirectLineSecret = "test-secret-not-for-production-0123456789";
    public const string PartnerOrigin = "https://partner.example";

    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Storage:Provider"] = "Memory",

        // Quartz finds schedulers by name process-wide: each host its own, so parallel hosts never share one.
        ["Scheduling:SchedulerName"] = SchedulerNameFor(Guid.NewGuid().ToString("N")),
    };

    private readonly List<Action<IServiceCollection>> _serviceChanges = [];
    private ObservableFakeTimeProvider? _fakeTime;
    private string? _environment;
    private bool _keepDataFolder;
    private Uri? _baseAddress;

    /// <summary>The folder holding the SQLite file when <see cref="WithSqliteStorage(string?, bool)"/> was used.</summary>
    public string? DataFolder { get; private set; }

    /// <summary>The fake clock of <see cref="WithFakeTime"/> (and of the Direct Line preset).</summary>
    public ObservableFakeTimeProvider Time => _fakeTime ?? throw new InvalidOperationException("Call WithFakeTime() first.");

    /// <summary>e.g. <c>http://127.0.0.1:41234</c> with <see cref="WithKestrel"/>; starts the server on first use.</summary>
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

    /// <summary>
    /// Website chat: SQLite in a temp folder (or <paramref name="dataFolder"/>), the Direct Line secret,
    /// <see cref="PartnerOrigin"/> allowed, a fake clock and <see cref="SuggestingTestBot"/>.
    /// </summary>
    public static TrustBotHostFactory ForDirectLine(string? dataFolder = null, bool keepDataFolder = false) => new TrustBotHostFactory()
        .WithEnvironment("Development")
        .WithSqliteStorage(dataFolder, keepDataFolder)
        .WithSetting("DirectLine:Secret", DirectLineSecret)
        .WithSetting("DirectLine:AllowedOrigins:0", PartnerOrigin)
        .WithSetting("DirectLine:TokenRequestsPerMinute", "1000")
        .WithFakeTime()
        .WithServices(services =>
        {
            services.RemoveAll<IBot>();
            services.AddSingleton<IBot, SuggestingTestBot>();
        });

    /// <summary>A real browser's view: Kestrel on a random loopback port, SQLite in a temp folder, real clock.</summary>
    public static TrustBotHostFactory ForBrowser() => new TrustBotHostFactory()
        .WithEnvironment("Development")
        .WithSqliteStorage()

        // Every browser test comes from 127.0.0.1; the per-address page-token limit is not under test here.
        .WithSetting("DirectLine:TokenRequestsPerMinute", "1000")
        .WithKestrel();

    public TrustBotHostFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Several settings at once, e.g. what points the bot at a stand-in token issuer.</summary>
    public TrustBotHostFactory WithSettings(IEnumerable<KeyValuePair<string, string>> settings)
    {
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }

        return this;
    }

    public TrustBotHostFactory WithEnvironment(string environment)
    {
        _environment = environment;
        return this;
    }

    /// <summary>SQLite in <paramref name="dataFolder"/> (a fresh temp folder when null), deleted on dispose unless kept (to restart on it).</summary>
    public TrustBotHostFactory WithSqliteStorage(string? dataFolder = null, bool keepDataFolder = false)
    {
        DataFolder = dataFolder ?? Path.Combine(Path.GetTempPath(), "trustbot-tests-" + Guid.NewGuid().ToString("N"));
        _keepDataFolder = keepDataFolder;
        _settings["Storage:Provider"] = "Sqlite";
        _settings["Storage:DataFolder"] = DataFolder;

        // The job store keeps triggers under the scheduler's name: a host restarted on this folder finds them again.
        _settings["Scheduling:SchedulerName"] = SchedulerNameFor(DataFolder);
        return this;
    }

    /// <summary>A Quartz instance name of this process's own for <paramref name="seed"/> (a data folder: the same after a restart).</summary>
    public static string SchedulerNameFor(string seed) =>
        "test-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(seed)))[..24];

    public TrustBotHostFactory WithServices(Action<IServiceCollection> change)
    {
        _serviceChanges.Add(change);
        return this;
    }

    public TrustBotHostFactory WithBot(IBot bot) => WithServices(services =>
    {
        services.RemoveAll<IBot>();
        services.AddSingleton(bot);
    });

    public TrustBotHostFactory WithTime(TimeProvider time) => WithServices(services =>
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton(time);
    });

    /// <summary>A fake clock at 2026-11-22 09:00 UTC, in <see cref="Time"/>.</summary>
    public TrustBotHostFactory WithFakeTime()
    {
        _fakeTime = new ObservableFakeTimeProvider(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
        return WithTime(_fakeTime);
    }

    /// <summary>Real Kestrel on 127.0.0.1 (a random port unless given; see <see cref="BaseAddress"/>) instead of TestServer.</summary>
    public TrustBotHostFactory WithKestrel(int port = 0)
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (_environment is not null)
        {
            builder.UseEnvironment(_environment);
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            foreach (var change in _serviceChanges)
            {
                change(services);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || DataFolder is null)
        {
            return;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_keepDataFolder || !Directory.Exists(DataFolder))
        {
            return;
        }

        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
