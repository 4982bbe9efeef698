using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TrustBot.Tests.Hosting;

/// <summary>
/// A real HTTP listener on 127.0.0.1 (random port) standing in for a channel's Bot Connector, the
/// login endpoints or anything else the bot calls. Records every request; answers with
/// <see cref="Responder"/> (default: a connector's <c>201 {"id":"reply-N"}</c>).
/// </summary>
public sealed class StandInServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly Channel<RecordedRequest> _arrivals = Channel.CreateUnbounded<RecordedRequest>();
    private int _count;

    private StandInServer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>Chooses the answer for a request (the second argument counts requests from 1).</summary>
    public Func<RecordedRequest, int, StandInResponse> Responder { get; set; } = DefaultConnectorResponse;

    /// <summary>Like <see cref="Responder"/>, for answers that wait (a slow service); used instead of it when set.</summary>
    public Func<RecordedRequest, int, Task<StandInResponse>>? AsyncResponder { get; set; }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The base URL as a string without a trailing slash, as channels usually send serviceUrl.</summary>
    public string Url => BaseUrl.ToString().TrimEnd('/');

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<StandInServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new StandInServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    public static StandInResponse DefaultConnectorResponse(RecordedRequest request, int number) =>
        StandInResponse.Json(201, $$"""{"id":"reply-{{number.ToString(CultureInfo.InvariantCulture)}}"}""");

    /// <summary>Waits for the next request not yet taken (no sleeping: completes when it arrives).</summary>
    public async Task<RecordedRequest> NextRequestAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _arrivals.Reader.ReadAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        string body;
        try
        {
            body = await reader.ReadToEndAsync();
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            // The caller gave up mid-request (its own timeout on a loaded machine): what it sent so far is still recorded.
            body = string.Empty;
        }
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var queryStart = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var rawPath = queryStart < 0 ? rawTarget : rawTarget[..queryStart];
        var request = new RecordedRequest(
            context.Request.Method,
            rawPath,
            context.Request.Headers.Authorization.Count > 0 ? context.Request.Headers.Authorization.ToString() : null,
            context.Request.ContentType,
            body)
        {
            Query = queryStart < 0 ? string.Empty : rawTarget[(queryStart + 1)..],
            Headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
        };
        var number = Interlocked.Increment(ref _count);
        _requests.Enqueue(request);
        var response = AsyncResponder is { } answer ? await answer(request, number) : Responder(request, number);
        await _arrivals.Writer.WriteAsync(request);
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType ??= "application/json";
            await context.Response.WriteAsync(response.Body);
        }
    }
}
