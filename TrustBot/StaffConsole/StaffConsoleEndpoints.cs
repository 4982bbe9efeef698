using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using TrustBot.Dialogs.Handoff;

namespace TrustBot.StaffConsole;

/// <summary>
/// The console page gate and its JSON API under <c>/console/api</c>. Requests are addressed by their
/// opaque random id only; a request's details answer 404 to anyone but its therapist and supervisors.
/// Every state-changing call needs the anti-forgery header token.
/// </summary>
public static partial class StaffConsoleEndpoints
{
    public const string BasePath = "/console";
    public const string ApiPath = "/console/api";
    public const string SignInPage = "/console/signin.html";
    public const int MaxMessageLength = 2000;
    public const int MaxLongPollSeconds = 25;

    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>Before the static files: the console's headers, and its page only for signed-in staff.</summary>
    public static IApplicationBuilder UseStaffConsolePages(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments(BasePath, out var rest))
        {
            await next(context);
            return;
        }

        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        context.Response.Headers.CacheControl = "no-cache, no-store";
        context.Response.Headers.Pragma = "no-cache";
        if (rest.Value is "" or "/" or "/index.html")
        {
            var result = await context.AuthenticateAsync(StaffConsoleServiceCollectionExtensions.CookieScheme);
            if (result.Principal is not { } user || !(user.IsInRole(StaffRoles.Therapist) || user.IsInRole(StaffRoles.Supervisor)))
            {
                context.Response.Redirect(SignInPage);
                return;
            }

            context.Request.Path = BasePath + "/index.html";
        }

        await next(context);
    });

    public static IEndpointRouteBuilder MapStaffConsole(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(ApiPath);
        api.MapGet("/antiforgery", (HttpContext http, IAntiforgery antiforgery) => Results.Ok(new { token = antiforgery.GetAndStoreTokens(http).RequestToken }));
        api.MapGet("/signin-options", (IOptions<StaffConsoleOptions> options) => Results.Ok(new { entra = options.Value.Entra.IsConfigured }));
        api.MapPost("/signin", SignInAsync).AddEndpointFilter(RequireAntiforgeryAsync);
        endpoints.MapGet(BasePath + "/signin/entra", (IOptions<StaffConsoleOptions> options) => options.Value.Entra.IsConfigured
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = BasePath + "/" }, [StaffConsoleServiceCollectionExtensions.EntraScheme])
            : Results.NotFound());

        var staff = api.MapGroup("").RequireAuthorization(StaffConsoleServiceCollectionExtensions.StaffPolicy)
            .AddEndpointFilter(MarkPresentAsync)
            .AddEndpointFilter(RequireAntiforgeryAsync);
        staff.MapGet("/me", (HttpContext http, IAntiforgery antiforgery) => Results.Ok(Identity(http, http.User, antiforgery)));
        staff.MapPost("/signout", SignOutAsync);
        staff.MapGet("/queue", QueueAsync);
        staff.MapPost("/requests/{requestId}/accept", AcceptAsync);
        staff.MapGet("/requests/{requestId}", DetailsAsync);
        staff.MapGet("/requests/{requestId}/messages", MessagesAsync);
        staff.MapPost("/requests/{requestId}/messages", SendAsync);
        staff.MapPost("/requests/{requestId}/end", EndAsync);
        staff.MapGet("/supervisor/assignments", AssignmentsAsync).RequireAuthorization(StaffConsoleServiceCollectionExtensions.SupervisorPolicy);
        return endpoints;
    }

    private static async Task<IResult> SignInAsync(SignInRequest? body, HttpContext http, StaffDirectory directory, SignInLockout lockout, IAntiforgery antiforgery, ILoggerFactory loggers)
    {
        if (body is not { Id: { Length: > 0 and <= 200 } id, Password: { Length: > 0 and <= 1000 } password })
        {
            return Results.BadRequest(new ConsoleError("Enter your staff id and password."));
        }

        var logger = loggers.CreateLogger(typeof(StaffConsoleEndpoints));
        if (lockout.IsLocked(id))
        {
            LogSignInLocked(logger);
            return Results.Json(new ConsoleError("Too many failed sign-ins. Wait a few minutes, then try again."), statusCode: StatusCodes.Status429TooManyRequests);
        }

        if (directory.Verify(id, password) is not { } account)
        {
            lockout.RecordFailure(id);
            LogSignInFailed(logger);
            return Results.Json(new ConsoleError("That staff id and password do not match."), statusCode: StatusCodes.Status401Unauthorized);
        }

        lockout.Reset(id);
        var user = StaffClaims.Create(account.Id, account.DisplayName, account.Role, StaffConsoleServiceCollectionExtensions.CookieScheme);
        await http.SignInAsync(StaffConsoleServiceCollectionExtensions.CookieScheme, user);
        LogStaffAction(logger, "signed in", account.Id);

        // The anti-forgery token is bound to the user, so the page needs a fresh one for the new identity.
        http.User = user;
        return Results.Ok(Identity(http, user, antiforgery));
    }

    private static async Task<IResult> SignOutAsync(HttpContext http, StaffPresence presence, ILoggerFactory loggers)
    {
        var staff = http.User.ToStaffMember();
        await http.SignOutAsync(StaffConsoleServiceCollectionExtensions.CookieScheme);
        presence.Left(staff.Id);
        LogStaffAction(loggers.CreateLogger(typeof(StaffConsoleEndpoints)), "signed out", staff.Id);
        return Results.NoContent();
    }

    private static async Task<IResult> QueueAsync(HttpContext http, HandoffCoordinator coordinator, IStaffPresence presence, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.User.ToStaffMember();
        var now = time.GetUtcNow();
        var visible = await coordinator.VisibleToAsync(staff, cancellationToken);
        var items = visible.Select(r => new ConsoleQueueItem(
            r.Id,
            Wire(r.Urgency),
            Wire(r.Status),
            (long)((r.AcceptedAt ?? now) - r.RequestedAt).TotalSeconds,
            r.StaffId == staff.Id,
            staff.IsSupervisor ? r.StaffId : null)).ToList();
        return Results.Ok(new ConsoleQueue(items, presence.OnlineCount));
    }

    private static async Task<IResult> AcceptAsync(string requestId, HttpContext http, HandoffCoordinator coordinator, CancellationToken cancellationToken)
    {
        var staff = http.User.ToStaffMember();
        var result = await coordinator.AcceptAsync(requestId, staff, cancellationToken);
        return result == HandoffActionResult.Done
            ? await DetailsAsync(requestId, http, coordinator, cancellationToken)
            : Answer(result, "Someone else has taken this request, or it was cancelled.");
    }

    private static async Task<IResult> DetailsAsync(string requestId, HttpContext http, HandoffCoordinator coordinator, CancellationToken cancellationToken) =>
        await coordinator.GetAcceptedAsync(requestId, http.User.ToStaffMember(), cancellationToken) is { } r
            ? Results.Ok(new ConsoleRequestDetails(r.Id, Wire(r.Urgency), Wire(r.Status), r.Summary, r.StaffId!, r.AcceptedAt))
            : Results.NotFound(new ConsoleError("No such request for you."));

    /// <summary>Long poll: answers as soon as there is something after <paramref name="after"/>, the request ends, or the wait is over.</summary>
    private static async Task<IResult> MessagesAsync(string requestId, long? after, int? waitSeconds, HttpContext http, HandoffCoordinator coordinator, IHandoffStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.User.ToStaffMember();
        var deadline = time.GetUtcNow().AddSeconds(Math.Clamp(waitSeconds ?? 0, 0, MaxLongPollSeconds));
        while (true)
        {
            if (await coordinator.GetAcceptedAsync(requestId, staff, cancellationToken) is not { } request)
            {
                return Results.NotFound(new ConsoleError("No such request for you."));
            }

            var messages = await store.ListMessagesAsync(request.Id, Math.Max(after ?? 0, 0), cancellationToken);
            if (messages.Count > 0 || !request.IsOpen || time.GetUtcNow() >= deadline)
            {
                return Results.Ok(new ConsoleMessages(Wire(request.Status), [.. messages.Select(m => new ConsoleMessage(m.Sequence, m.At, Wire(m.Speaker), m.Text, m.CrisisAlert))]));
            }

            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return Results.Empty;
            }
        }
    }

    private static async Task<IResult> SendAsync(string requestId, SendMessageRequest? body, HttpContext http, HandoffCoordinator coordinator, CancellationToken cancellationToken)
    {
        var text = body?.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxMessageLength)
        {
            return Results.BadRequest(new ConsoleError($"Write a message of 1 to {MaxMessageLength} characters."));
        }

        var result = await coordinator.SendAsync(requestId, http.User.ToStaffMember(), text, cancellationToken);
        return result == HandoffActionResult.Done ? Results.NoContent() : Answer(result, "This conversation has ended.");
    }

    private static async Task<IResult> EndAsync(string requestId, HttpContext http, HandoffCoordinator coordinator, CancellationToken cancellationToken)
    {
        var result = await coordinator.EndAsync(requestId, http.User.ToStaffMember(), cancellationToken);
        return result == HandoffActionResult.Done ? Results.NoContent() : Answer(result, "This conversation has already ended.");
    }

    private static async Task<IResult> AssignmentsAsync(HttpContext http, HandoffCoordinator coordinator, StaffDirectory directory, CancellationToken cancellationToken)
    {
        var visible = await coordinator.VisibleToAsync(http.User.ToStaffMember(), cancellationToken);
        return Results.Ok(visible.Where(r => r is { Status: HandoffStatus.Live, StaffId: not null })
            .Select(r => new ConsoleAssignment(r.Id, Wire(r.Urgency), r.StaffId!, directory.Find(r.StaffId!)?.DisplayName ?? r.StaffId!, r.AcceptedAt))
            .ToList());
    }

    private static ConsoleIdentity Identity(HttpContext http, ClaimsPrincipal user, IAntiforgery antiforgery)
    {
        var staff = user.ToStaffMember();
        return new ConsoleIdentity(staff.Id, staff.DisplayName, staff.IsSupervisor ? StaffRoles.Supervisor : StaffRoles.Therapist, antiforgery.GetAndStoreTokens(http).RequestToken!);
    }

    private static IResult Answer(HandoffActionResult result, string conflict) => result == HandoffActionResult.Conflict
        ? Results.Conflict(new ConsoleError(conflict))
        : Results.NotFound(new ConsoleError("No such request for you."));

    private static async ValueTask<object?> MarkPresentAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } staffId)
        {
            http.RequestServices.GetRequiredService<StaffPresence>().Seen(staffId);
        }

        return await next(context);
    }

    private static async ValueTask<object?> RequireAntiforgeryAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
            && !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            return Results.BadRequest(new ConsoleError("The page is out of date. Reload it and try again."));
        }

        return await next(context);
    }

    private static string Wire<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    [LoggerMessage(Level = LogLevel.Information, Message = "Console: staff {StaffId} {Action}.")]
    private static partial void LogStaffActionCore(ILogger logger, string staffId, string action);

    private static void LogStaffAction(ILogger logger, string action, string staffId) => LogStaffActionCore(logger, staffId, action);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Console: a sign-in failed.")]
    private static partial void LogSignInFailed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Console: a sign-in was refused, the account is locked for now.")]
    private static partial void LogSignInLocked(ILogger logger);
}
