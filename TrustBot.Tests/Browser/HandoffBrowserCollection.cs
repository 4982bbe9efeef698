namespace TrustBot.Tests.Browser;

/// <summary>Handoff browser tests: their own app and Chromium, not in parallel with other collections (2 cores).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HandoffBrowserCollection : ICollectionFixture<HandoffBrowserFixture>
{
    public const string Name = "Browser (handoff)";
}
