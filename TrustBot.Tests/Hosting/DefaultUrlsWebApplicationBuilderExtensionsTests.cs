using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using TrustBot.Hosting;

namespace TrustBot.Tests.Hosting;

/// <summary>A bare <c>dotnet run</c> listens where the Emulator and the Agents Playground look; configured addresses win.</summary>
public sealed class DefaultUrlsWebApplicationBuilderExtensionsTests
{
    [Fact]
    public void NothingConfigured_ListensOnLocalhost3978()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });

        builder.UseTrustBotDefaultUrls();

        Assert.Equal("http://localhost:3978", builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }

    [Theory]
    [InlineData("--urls", "http://0.0.0.0:8080")]
    [InlineData("--http_ports", "8080")]
    [InlineData("--Kestrel:Endpoints:Http:Url", "http://0.0.0.0:8081")]
    public void AddressConfigured_IsLeftAlone(string key, string value)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [key, value] });

        builder.UseTrustBotDefaultUrls();

        Assert.NotEqual("http://localhost:3978", builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }
}
