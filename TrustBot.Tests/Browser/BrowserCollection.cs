namespace TrustBot.Tests.Browser;

/// <summary>Browser tests share one app and one Chromium and run one at a time (2-core machines).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
