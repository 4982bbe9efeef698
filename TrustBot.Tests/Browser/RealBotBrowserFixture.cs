namespace TrustBot.Tests.Browser;

/// <summary>The browser fixture with the product's own bot (welcome, check-in, safety), not the test bot.</summary>
public sealed class RealBotBrowserFixture : BrowserFixture
{
    protected override bool UseTestBot => false;
}
