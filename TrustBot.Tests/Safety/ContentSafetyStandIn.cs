using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TrustBot.Tests.Safety;

/// <summary>
/// A local stand-in for Azure AI Content Safety on 127.0.0.1 (real Kestrel, port 0) speaking the documented
/// text:analyze request and response (categoriesAnalysis with severities) and its error shape.
/// </summary>
public sealed class ContentSafetyStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ContentSafetyStandIn(WebApplication app) => _app = app;

    /// <summary>What the next answers look like: ok, slow, 429, 500, 401, not-json.</summary>
    public string Mode { get; set; } = "ok";

    public int SelfHarmSeverity { get; set; }

    public int ViolenceSeverity { get; set; }

    public JsonNode? LastBody { get; private set; }

    public string? LastKey { get; private set; }

    public string? LastPath { get; private set; }

    public int Requests { get; private set; }

    public TaskCompletionSource RequestArrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<ContentSafetyStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new ContentSafetyStandIn(app);
        app.Run(standIn.HandleAsync);
        await app.StartAsync();
        standIn.Endpoint = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return standIn;
    }

    private async Task HandleAsync(HttpContext context)
    {
        Requests++;
        LastPath = context.Request.Path + context.Request.QueryString;
        LastKey = context.Request.Headers["Ocp-Apim-Subscription-Key"];
        LastBody = await JsonNode.ParseAsync(context.Request.Body);
        RequestArrived.TrySetResult();
        var (status, code, message) = Mode switch
        {
            "429" => (HttpStatusCode.TooManyRequests, "TooManyRequests", "Rate limit is exceeded."),
            "500" => (HttpStatusCode.InternalServerError, "InternalServerError", "The service encountered an internal error."),
            "401" => (HttpStatusCode.Unauthorized, "401", "Access denied due to invalid subscription key or wrong API endpoint."),
            "bad-request" => (HttpStatusCode.BadRequest, "InvalidRequestBody", "The request body is invalid."),
            _ => (HttpStatusCode.OK, string.Empty, string.Empty),
        };
        if (Mode == "slow")
        {
            await _release.Task;
        }

        if (Mode == "not-json")
        {
            context.Response.StatusCode = 502;
            await context.Response.WriteAsync("<html>bad gateway</html>");
            return;
        }

        if (status != HttpStatusCode.OK)
        {
            context.Response.StatusCode = (int)status;
            await context.Response.WriteAsJsonAsync(new { error = new { code, message, details = Array.Empty<object>() } });
            return;
        }

        await context.Response.WriteAsJsonAsync(new
        {
            blocklistsMatch = Array.Empty<object>(),
            categoriesAnalysis = new[]
            {
                new { category = "SelfHarm", severity = SelfHarmSeverity },
                new { category = "Violence", severity = ViolenceSeverity },
            },
        });
    }

    public async ValueTask DisposeAsync()
    {
        _release.TrySetResult();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
