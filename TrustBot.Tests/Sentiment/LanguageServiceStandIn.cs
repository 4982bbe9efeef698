using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TrustBot.Tests.Sentiment;

/// <summary>
/// A local stand-in for Azure AI Language on 127.0.0.1 (real Kestrel, port 0) speaking the documented
/// analyze-text request/response format, including error shapes and a slow mode.
/// </summary>
public sealed class LanguageServiceStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LanguageServiceStandIn(WebApplication app) => _app = app;

    /// <summary>What the next answers look like: ok, slow, 429, 500, 401, document-error, not-json.</summary>
    public string Mode { get; set; } = "ok";

    public JsonNode? LastBody { get; private set; }

    public string? LastKey { get; private set; }

    public string? LastPath { get; private set; }

    public TaskCompletionSource RequestArrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<LanguageServiceStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new LanguageServiceStandIn(app);
        app.Run(standIn.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        standIn.Endpoint = new Uri(address + "/");
        return standIn;
    }

    private async Task HandleAsync(HttpContext context)
    {
        LastPath = context.Request.Path + context.Request.QueryString;
        LastKey = context.Request.Headers["Ocp-Apim-Subscription-Key"];
        LastBody = await JsonNode.ParseAsync(context.Request.Body);
        RequestArrived.TrySetResult();
        switch (Mode)
        {
            case "slow":
                await _release.Task;
                break;
            case "429":
                context.Response.StatusCode = (int)HttpStatusCode.TooManyRequests;
                await context.Response.WriteAsJsonAsync(new { error = new { code = "429", message = "Rate limit is exceeded." } });
                return;
            case "500":
                context.Response.StatusCode = 500;
                await context.Response.WriteAsJsonAsync(new { error = new { code = "InternalServerError", message = "Internal error." } });
                return;
            case "401":
                context.Response.StatusCode = 401;
                await context.Response.WriteAsJsonAsync(new { error = new { code = "401", message = "Access denied due to invalid subscription key." } });
                return;
            case "not-json":
                context.Response.StatusCode = 502;
                await context.Response.WriteAsync("<html>bad gateway</html>");
                return;
            case "document-error":
                await context.Response.WriteAsJsonAsync(new
                {
                    kind = "SentimentAnalysisResults",
                    results = new
                    {
                        documents = Array.Empty<object>(),
                        errors = new[] { new { id = "1", error = new { code = "InvalidArgument", message = "Invalid Language Code.", innererror = new { code = "UnsupportedLanguageCode" } } } },
                        modelVersion = "2022-11-01",
                    },
                });
                return;
        }

        await context.Response.WriteAsJsonAsync(new
        {
            kind = "SentimentAnalysisResults",
            results = new
            {
                documents = new[]
                {
                    new
                    {
                        id = "1",
                        sentiment = "negative",
                        confidenceScores = new { positive = 0.01, neutral = 0.09, negative = 0.90 },
                        sentences = Array.Empty<object>(),
                        warnings = Array.Empty<object>(),
                    },
                },
                errors = Array.Empty<object>(),
                modelVersion = "2022-11-01",
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
