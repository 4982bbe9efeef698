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
    [InlineData("UserAssignedMSI", null, null)]
    [InlineData("UserAssignedMSI", "secret", "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee")]
    [InlineData("Federated", "secret", null)]
    public void IncompleteIdentity_FailsValidation(string appType, string? password, string? tenant)
    {
        var settings = new Dictionary<string, string> { ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555", ["MicrosoftAppType"] = appType };
        if (password is not null)
        {
            settings["MicrosoftAppPassword"] = password;
        }

        if (tenant is not null)
        {
            settings["MicrosoftAppTenantId"] = tenant;
        }

        // Validated directly: ValidateOnStart turns this same failure into a start-up error.
        using var services = Connector.ConnectorTestServices.Create(TimeProvider.System, settings);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value);

        Assert.Contains("Microsoft", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MultiTenant", "secret", "/certs/bot.pfx", "not both")]
    [InlineData("SingleTenant", "secret", "/certs/bot.pem", "not both")]
    [InlineData("UserAssignedMSI", null, "/certs/bot.pfx", "takes no MicrosoftAppPassword or MicrosoftAppCertificatePath")]
    public void MoreThanOneCredentialKind_FailsValidation(string appType, string? password, string certificate, string expected)
    {
        var settings = new Dictionary<string, string>
        {
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppTenantId"] = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
            ["MicrosoftAppCertificatePath"] = certificate,
        };
        if (password is not null)
        {
            settings["MicrosoftAppPassword"] = password;
        }

        using var services = Connector.ConnectorTestServices.Create(TimeProvider.System, settings);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CertificatePasswordWithoutACertificate_FailsValidation()
    {
        var settings = new Dictionary<string, string>
        {
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppCertificatePassword"] = "pfx-password",
        };
        using var services = Connector.ConnectorTestServices.Create(TimeProvider.System, settings);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value);

        Assert.Contains("MicrosoftAppCertificatePath is not", error.Message, StringComparison.Ordinal);
    }
}
