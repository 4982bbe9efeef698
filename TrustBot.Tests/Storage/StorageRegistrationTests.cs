using System.Net;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TrustBot.Dialogs.Engine;
using TrustBot.Storage;
using TrustBot.Tests.Hosting;
using TrustBot.Tests.Messaging;

namespace TrustBot.Tests.Storage;

/// <summary>Which storage the host uses and where its file goes.</summary>
public sealed class StorageRegistrationTests
{
    [Fact]
    public async Task DefaultHost_StoresStateInTheSqliteFileUnderDataFolder()
    {
        await using var connector = await StandInServer.StartAsync();
        await using var host = new TrustBotHostFactory().WithSqliteStorage().WithBot(new RecordingBot());
        using var client = host.CreateClient();

        using var content = new StringContent(Activities.TeamsMessage(connector.Url), Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.IsType<SqliteStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.True(File.Exists(Path.Combine(host.DataFolder!, "trustbot.db")));
        var keys = await host.Services.GetRequiredService<IStorage>().ListKeysAsync("references/", CancellationToken.None);
        Assert.Equal(new[] { "references/msteams/29:user-1" }, keys.ToArray());
    }

    [Fact]
    public async Task MemoryProvider_UsesMemoryStorageAndCreatesNoFile()
    {
        await using var host = new TrustBotHostFactory().WithSetting("Storage:DataFolder", Path.Combine(Path.GetTempPath(), "trustbot-never-" + Guid.NewGuid().ToString("N")));

        var storage = host.Services.GetRequiredService<IStorage>();

        Assert.IsType<MemoryStorage>(storage);
        Assert.False(Directory.Exists(host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.DataFolder));
    }

    [Fact]
    public void UnknownProvider_FailsValidation()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "Cosmos" }).Build();
        using var services = new ServiceCollection().AddTrustBotStorage(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("Sqlite or Memory", error.Message, StringComparison.Ordinal);
    }
}
