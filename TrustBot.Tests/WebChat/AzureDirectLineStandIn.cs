using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace TrustBot.Tests.WebChat;

/// <summary>A local Kestrel listener that imitates Azure's <c>POST /v3/directline/tokens/generate</c> and records what it was sent.</summary>
public sealed class AzureDirectLineStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;

    private AzureDirectLineStandIn(WebApplication app)
    {
        _app = app;
    }

    public string? LastAuthorization { get; private set; }

    public JsonObject? LastBody { get; private set; }

    public int StatusCode { get; set; } = 200;

    public string Endpoint => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

    public static async Task<AzureDirectLineStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var standIn = new AzureDirectLineStandIn(app);
        app.MapPost("/v3/directline/tokens/generate", async (HttpContext context) =>
        {
            standIn.LastAuthorization = context.Request.Headers.Authorization.ToString();
            standIn.LastBody = (await JsonNode.ParseAsync(context.Request.Body))?.AsObject();
            return standIn.StatusCode == 200
                ? Results.Json(new JsonObject { ["conversationId"] = "AzConv-eu", ["token"] = "azure-issued-token", ["expires_in"] = 3600 })
                : Results.StatusCode(standIn.StatusCode);
        });
        await app.StartAsync();
        return standIn;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
