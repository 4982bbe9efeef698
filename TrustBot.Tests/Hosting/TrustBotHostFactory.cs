using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Tests.Hosting;

/// <summary>
/// The one host fixture for tests of the web app: in-memory storage by default or SQLite in a temp
/// folder (<see cref="WithSqliteStorage"/>), configuration settings, a replaced bot or clock, and any
/// other service replacement. Configure before the first <c>CreateClient</c>/<c>Services</c> call.
/// </summary>
public sealed class TrustBotHostFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Storage:Provider"] = "Memory",
    };

    private readonly List<Action<IServiceCollection>> _serviceChanges = [];

    /// <summary>The temp folder holding the SQLite file when <see cref="WithSqliteStorage"/> was used.</summary>
    public string? DataFolder { get; private set; }

    public TrustBotHostFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>SQLite in a fresh temp folder, deleted when the factory is disposed.</summary>
    public TrustBotHostFactory WithSqliteStorage()
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "trustbot-tests-" + Guid.NewGuid().ToString("N"));
        _settings["Storage:Provider"] = "Sqlite";
        _settings["Storage:DataFolder"] = DataFolder;
        return this;
    }

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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
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
        if (disposing && DataFolder is not null && Directory.Exists(DataFolder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(DataFolder, recursive: true);
        }
    }
}
