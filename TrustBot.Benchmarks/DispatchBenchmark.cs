using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Scheduling;
using TrustBot.Messaging;
using TrustBot.Scheduling;
using TrustBot.Storage;

namespace TrustBot.Benchmarks;

/// <summary>
/// Due check-ins through the real dispatch path (SQLite outbox, stored references, throttle, connector
/// client over HTTP) to a local Connector stand-in on loopback. Prints the rate, due-to-delivery p50/p99
/// and peak memory, cold and warm; then, with a per-tenant limit, how close each of 20 tenants stays to it.
/// The Quartz firing that inserts each occurrence is not in the timed path (its cost is one outbox insert).
/// </summary>
internal static class DispatchBenchmark
{
    private const int Tenants = 20;

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var limited = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000;
        var limit = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 25;
        var arrivals = new ConcurrentQueue<(string Conversation, long Ticks)>();
        await using var standIn = await StartStandInAsync(arrivals);
        var url = standIn.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        output.WriteLine($"dispatch: {count} due check-ins to a local Connector stand-in ({Environment.ProcessorCount} cores)");
        await RunRoundAsync("cold", count, 0, url, arrivals, output);
        await RunRoundAsync("warm", count, 0, url, arrivals, output);
        output.WriteLine($"per-tenant limit {limit}/s, {limited} check-ins across {Tenants} tenants:");
        await RunRoundAsync("limited", limited, limit, url, arrivals, output);
        return 0;
    }

    private static async Task RunRoundAsync(string label, int count, double perTenant, string url, ConcurrentQueue<(string Conversation, long Ticks)> arrivals, TextWriter output)
    {
        arrivals.Clear();
        var folder = Path.Combine(Path.GetTempPath(), "trustbot-dispatch-" + Guid.NewGuid().ToString("N"));
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:DataFolder"] = folder,
                ["Scheduling:Enabled"] = "false",
                ["Scheduling:PerTenantMessagesPerSecond"] = perTenant.ToString(CultureInfo.InvariantCulture),
                ["Scheduling:PerConversationMessagesPerSecond"] = "0",
                ["Scheduling:MaxConcurrentSends"] = "64",
            }).Build();
            var services = new ServiceCollection();
            services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
            services.AddTrustBotStorage(configuration);
            services.AddTrustBotMessaging(configuration);
            services.AddTrustBotScheduling(configuration);
            await using var provider = services.BuildServiceProvider();
            await provider.GetServices<IHostedService>().OfType<SchedulingHostedService>().Single().StartAsync(CancellationToken.None);

            // The people: a validated Teams reference each, spread over 20 tenants.
            var storage = provider.GetRequiredService<IStorage>();
            var references = new Dictionary<string, StoreItem>();
            for (var i = 0; i < count; i++)
            {
                var reference = new StoredConversationReference
                {
                    ServiceUrlValidated = true,
                    Reference = new ConversationReference
                    {
                        ChannelId = ChannelIds.MsTeams,
                        ServiceUrl = url,
                        User = new ChannelAccount { Id = User(i) },
                        Bot = new ChannelAccount { Id = "28:bot" },
                        Conversation = new ConversationAccount { Id = $"a:t{i % Tenants}-{i}", ConversationType = "personal", TenantId = $"tenant-{i % Tenants}" },
                    },
                };
                references[ConversationReferenceStore.KeyFor(ChannelIds.MsTeams, User(i))] = new StoreItem(JsonSerializer.Serialize(reference, ProtocolJson.Options), null);
            }

            await storage.WriteAsync(references, CancellationToken.None);
            var outbox = provider.GetRequiredService<CheckInOutbox>();
            var dispatcher = provider.GetRequiredService<CheckInDispatcher>();
            var due = TimeProvider.System.GetUtcNow();
            for (var i = 0; i < count; i++)
            {
                await outbox.TryAddAsync(new OutboxEntry(CheckInOutbox.KeyFor(PromptKind.CheckIn, ChannelIds.MsTeams, User(i), due), ChannelIds.MsTeams, User(i), null, PromptKind.CheckIn, due, 0, due), CancellationToken.None);
            }

            // Due now: the clock starts when they all became due.
            var start = Stopwatch.GetTimestamp();
            var dueTicks = start;
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            await dispatcher.SweepAsync(CancellationToken.None);
            var elapsed = Stopwatch.GetElapsedTime(start);
            var delays = arrivals.Select(a => Stopwatch.GetElapsedTime(dueTicks, a.Ticks).TotalMilliseconds).Order().ToArray();
            using var process = Process.GetCurrentProcess();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {label,-8} delivered {delays.Length}/{count} in {elapsed.TotalSeconds:F2} s = {delays.Length / elapsed.TotalSeconds:F0}/s; due->delivery p50 {Percentile(delays, 0.5):F0} ms, p99 {Percentile(delays, 0.99):F0} ms; peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MiB, allocated {(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1048576.0:F0} MiB"));
            if (perTenant > 0)
            {
                foreach (var tenant in arrivals.GroupBy(a => a.Conversation.Split('-')[0]).OrderBy(g => int.Parse(g.Key[1..], CultureInfo.InvariantCulture)))
                {
                    var times = tenant.Select(a => a.Ticks).Order().ToArray();
                    var window = Stopwatch.Frequency;
                    int peak = 0, left = 0;
                    for (var right = 0; right < times.Length; right++)
                    {
                        while (times[right] - times[left] >= window)
                        {
                            left++;
                        }

                        peak = Math.Max(peak, right - left + 1);
                    }

                    var span = Stopwatch.GetElapsedTime(times[0], times[^1]).TotalSeconds;
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"    tenant {tenant.Key[1..],2}: {times.Length} sent, busiest 1 s window {peak} (limit {perTenant}), mean {(times.Length - 1) / Math.Max(span, 1e-9):F1}/s"));
                }
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static string User(int i) => "29:user-" + i.ToString(CultureInfo.InvariantCulture);

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];

    private static async Task<WebApplication> StartStandInAsync(ConcurrentQueue<(string Conversation, long Ticks)> arrivals)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var next = 0;
        app.Run(async context =>
        {
            // Path: /v3/conversations/{id}/activities
            var segments = context.Request.Path.Value!.Split('/');
            arrivals.Enqueue((Uri.UnescapeDataString(segments[3]).Split(':')[1], Stopwatch.GetTimestamp()));
            context.Response.StatusCode = 201;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync($"{{\"id\":\"r{Interlocked.Increment(ref next)}\"}}");
        });
        await app.StartAsync();
        return app;
    }
}
