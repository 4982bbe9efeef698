namespace TrustBot.Tests.Browser;

/// <summary>
/// Real-bot browser tests: their own app and Chromium. Not run in parallel with other collections,
/// so two Chromiums and two Kestrel hosts never compete for the 2 cores and make waits flaky.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealBotBrowserCollection : ICollectionFixture<RealBotBrowserFixture>
{
    public const string Name = "Browser (real bot)";
}
