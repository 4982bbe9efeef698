namespace TrustBot.Startup;

/// <summary>
/// Something expensive built before the host takes its first request (rule tables, lexicons, schemas,
/// serializer metadata, JIT of the turn path). A capability registers its own step; <see cref="WarmUpService"/>
/// runs every step before Kestrel starts listening.
/// </summary>
public interface IWarmUpStep
{
    /// <summary>Short name for the start-up log (never personal data).</summary>
    string Name { get; }

    Task WarmUpAsync(CancellationToken cancellationToken);
}
