using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TrustBot.Dialogs;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Sentiment;
using TrustBot.Safety;
using TrustBot.Sentiment;
using TrustBot.Storage;

namespace TrustBot.Tests.Hosting;

/// <summary>The host's registrations give the same services whichever order Program.cs calls them in.</summary>
public sealed class RegistrationOrderTests
{
    public static TheoryData<bool> Orders => new() { true, false };

    [Theory]
    [MemberData(nameof(Orders))]
    public void StorageAndSentiment_WinOverTheDialogDefaults_InEitherOrder(bool dialogsFirst)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataFolder"] = Path.Combine(Path.GetTempPath(), "trustbot-never-" + Guid.NewGuid().ToString("N")),
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        if (dialogsFirst)
        {
            services.AddTrustBotDialogs();
        }

        services.AddTrustBotStorage(configuration).AddTrustBotSentiment(configuration);
        if (!dialogsFirst)
        {
            services.AddTrustBotDialogs();
        }

        using var provider = services.BuildServiceProvider();

        Assert.IsType<SqliteSafetyAuditLog>(provider.GetRequiredService<ISafetyAuditLog>());
        Assert.IsType<FallbackSentimentAnalyzer>(provider.GetRequiredService<ISentimentAnalyzer>());
        Assert.Single(provider.GetServices<IPersonalDataStore>(), store => store is SqliteSafetyAuditLog);
    }
}
