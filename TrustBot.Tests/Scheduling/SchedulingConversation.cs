using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Turns;
using TrustBot.Messaging;
using TrustBot.Scheduling;
using TrustBot.Storage;
using TrustBot.Tests.Storage;
using TrustBot.Tests.Turns;

namespace TrustBot.Tests.Scheduling;

/// <summary>A transcript over <see cref="SchedulingTestBot"/> with the real scheduler (not started) on a temp SQLite file.</summary>
public static class SchedulingConversation
{
    public static async Task<TestConversation> StartAsync(TempSqliteDatabase database, bool consent = true, string? zone = "America/New_York", JsonArray? checkIns = null, FakeTimeProvider? time = null)
    {
        var storage = new MemoryStorage();
        var profile = new JsonObject { ["consentGiven"] = consent, ["welcomed"] = true, ["timeZoneId"] = zone, ["checkIns"] = checkIns ?? [] };
        await storage.WriteAsync(
            new Dictionary<string, StoreItem> { [UserState.KeyFor(Dialogs.Protocol.ChannelIds.Test, "user1")!] = new(new JsonObject { ["profile"] = profile }.ToJsonString(), null) },
            CancellationToken.None);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataFolder"] = database.Folder,
            ["Scheduling:Enabled"] = "false",
        }).Build();
        var convo = new TestConversation(storage: storage, time: time, configure: s =>
        {
            s.AddSingleton<IBot, SchedulingTestBot>();
            s.AddLogging();
            s.AddSingleton(sp => new SqliteConnectionFactory(Options.Create(database.Options), sp.GetServices<ISqliteSchema>()));
            s.AddSingleton<ConversationReferenceStore>();
            s.AddTrustBotScheduling(configuration);
        });
        await convo.Services.GetServices<IHostedService>().OfType<SchedulingHostedService>().Single().StartAsync(CancellationToken.None);
        return convo;
    }
}
