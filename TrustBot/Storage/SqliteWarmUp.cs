using TrustBot.Startup;

namespace TrustBot.Storage;

/// <summary>Creates the database file and every registered schema before the first request.</summary>
public sealed class SqliteWarmUp(SqliteConnectionFactory connections) : IWarmUpStep
{
    public string Name => "sqlite";

    public Task WarmUpAsync(CancellationToken cancellationToken) => connections.EnsureCreatedAsync(cancellationToken);
}
