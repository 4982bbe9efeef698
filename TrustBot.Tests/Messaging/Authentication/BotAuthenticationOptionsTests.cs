using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TrustBot.Messaging.Authentication;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.Messaging.Authentication;

/// <summary>Bot identity configuration: the SDK's key names, and mistakes caught at start-up.</summary>
public sealed class BotAuthenticationOptionsTests
{
    [Fact]
    public void SdkTopLevelKeys_AreRead()
    {
        using var host = new TrustBotHostFactory()
            .WithSetting("MicrosoftAppId", "top-level-id")
            .WithSetting("MicrosoftAppPassword", "secret")
            .WithSetting("MicrosoftAppType", "SingleTenant")
            .WithSetting("MicrosoftAppTenantId", "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");

        var options = host.Services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;

        Assert.Equal("top-level-id", options.MicrosoftAppId);
        Assert.False(options.IsAnonymous);
        Assert.Equal("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", options.TokenTenant);
    }

    [Fact]
    public void SectionKeys_WinOverTopLevelKeys()
    {
        using var host = new TrustBotHostFactory()
            .WithSetting("MicrosoftAppId", "top-level-id")
            .WithSetting("BotAuthentication:MicrosoftAppId", "section-id")
            .WithSetting("BotAuthentication:MicrosoftAppPassword", "secret");

        var options = host.Services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;

        Assert.Equal("section-id", options.MicrosoftAppId);
        Assert.Equal("botframework.com", options.TokenTenant);
    }

    [Theory]
    [InlineData("MultiTenant", null, null)]
    [InlineData("SingleTenant", "secret", null)]
    [InlineData("UserAssignedMSI", null, "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee")]
    [InlineData("Federated", "secret", null)]
    public void IncompleteIdentity_FailsAtStartUp(string appType, string? password, string? tenant)
    {
        using var host = new TrustBotHostFactory()
            .WithSetting("MicrosoftAppId", "11111111-2222-3333-4444-555555555555")
            .WithSetting("MicrosoftAppType", appType)
            .WithSetting("MicrosoftAppPassword", password)
            .WithSetting("MicrosoftAppTenantId", tenant);

        var error = Assert.ThrowsAny<Exception>(() => host.Services);

        Assert.Contains(nameof(OptionsValidationException), error.ToString(), StringComparison.Ordinal);
    }
}
