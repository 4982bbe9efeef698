using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Tests.DirectLine;

/// <summary>
/// The app over TestServer with a temp data folder, a <see cref="FakeTimeProvider"/>, the
/// <see cref="SuggestingTestBot"/>, a Direct Line secret and one allowed partner origin.
/// </summary>
public sealed class DirectLineAppFactory : WebApplicationFactory<Program>
{
    public const string Secret = "test-secret-not-for-production-0123456789";
    public const string PartnerOrigin = "https://partner.example";

    public DirectLineAppFactory()
        : this(Path.Combine(Path.GetTempPath(), "trustbot-dl-" + Guid.NewGuid().ToString("N")))
    {
    }

    internal DirectLineAppFactory(string dataFolder, IReadOnlyDictionary<string, string?>? settings = null)
    {
        DataFolder = dataFolder;
        Settings = settings ?? new Dictionary<string, string?>();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    public string DataFolder { get; }

    public IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>More service changes after the defaults (e.g. another bot).</summary>
    public Action<IServiceCollection>? ExtraServices { get; init; }

    /// <summary>Leave the data folder on dispose, to start a second app on it (a restart).</summary>
    public bool KeepDataFolder { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DataFolder", DataFolder);
        builder.UseSetting("DirectLine:Secret", Secret);
        builder.UseSetting("DirectLine:AllowedOrigins:0", PartnerOrigin);
        builder.UseSetting("DirectLine:TokenRequestsPerMinute", "1000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
            services.RemoveAll<IBot>();
            services.AddSingleton<IBot, SuggestingTestBot>();
            ExtraServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (KeepDataFolder)
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
}
