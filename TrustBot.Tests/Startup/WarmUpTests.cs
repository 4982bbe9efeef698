using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TrustBot.Startup;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.Startup;

/// <summary>The warm-up runs before Kestrel accepts connections, and /healthz tells a load balancer when the bot is warm.</summary>
public sealed class WarmUpTests
{
    [Fact]
    public async Task Kestrel_AcceptsNoConnectionUntilTheWarmUpHasFinished_ThenHealthzIsOk()
    {
        var port = FreePort();
        var probe = new ListeningProbe(port);
        await using var host = new TrustBotHostFactory().WithKestrel(port).WithServices(s => s.AddSingleton<IWarmUpStep>(probe));

        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        using var health = await http.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.False(probe.AcceptedDuringWarmUp);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("ok", await health.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_WhileAWarmUpOutlastsItsTimeout_SaysNotReady_ThenOk()
    {
        var gate = new GatedStep();
        await using var host = new TrustBotHostFactory()
            .WithSetting("Startup:WarmUpTimeout", "00:00:00")
            .WithServices(s => s.AddSingleton<IWarmUpStep>(gate));
        using var client = host.CreateClient();

        using var before = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        gate.Open();
        await host.Services.GetRequiredService<StartupReadiness>().WhenReady.WaitAsync(TimeSpan.FromSeconds(60));
        using var after = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, before.StatusCode);
        Assert.Equal("not ready", await before.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal("ok", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FailingWarmUpStep_StopsTheStart()
    {
        await using var host = new TrustBotHostFactory().WithServices(s => s.AddSingleton<IWarmUpStep>(new FailingStep()));

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("rule tables could not be built", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WarmUp_PlaysItsSampleConversationsWithoutWritingToTheAppsDatabase()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = new TrustBotHostFactory().WithSqliteStorage().WithServices(s => s.AddSingleton<ILoggerProvider>(logs));
        using var client = host.CreateClient();

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(host.DataFolder!, "trustbot.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT count(*) FROM items) + (SELECT count(*) FROM safety_audit) + (SELECT count(*) FROM directline_conversations);";

        Assert.Equal(0L, await command.ExecuteScalarAsync());
        Assert.True(host.Services.GetRequiredService<StartupReadiness>().IsReady);
        Assert.Contains(logs.Lines, line => line.Contains("Warm-up finished", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("sample conversations failed", StringComparison.Ordinal));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Tries the port while the warm-up runs: a connection then would mean Kestrel listened before warm.</summary>
    private sealed class ListeningProbe(int port) : IWarmUpStep
    {
        public bool? AcceptedDuringWarmUp { get; private set; }

        public string Name => "probe";

        public async Task WarmUpAsync(CancellationToken cancellationToken)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                AcceptedDuringWarmUp = true;
            }
            catch (SocketException)
            {
                AcceptedDuringWarmUp = false;
            }
        }
    }

    private sealed class GatedStep : IWarmUpStep
    {
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Name => "gated";

        public void Open() => _open.TrySetResult();

        public Task WarmUpAsync(CancellationToken cancellationToken) => _open.Task.WaitAsync(cancellationToken);
    }

    private sealed class FailingStep : IWarmUpStep
    {
        public string Name => "failing";

        public Task WarmUpAsync(CancellationToken cancellationToken) => throw new InvalidOperationException("rule tables could not be built");
    }
}
