using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TrustBot.Dialogs.Engine;
using TrustBot.Messaging;

namespace TrustBot.Tests.Messaging.Connector;

/// <summary>The messaging services outside a web host, for testing the connector client and token provider directly.</summary>
public static class ConnectorTestServices
{
    public static ServiceProvider Create(TimeProvider time, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? change = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings?.ToDictionary(p => p.Key, p => (string?)p.Value) ?? [])
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time);
        services.AddSingleton<IStorage, MemoryStorage>();
        services.AddTrustBotMessaging(configuration);
        change?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
