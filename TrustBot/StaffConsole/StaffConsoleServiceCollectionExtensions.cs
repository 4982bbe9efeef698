using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace TrustBot.StaffConsole;

/// <summary>
/// The staff console's services: validated accounts, the <c>console</c> cookie scheme (and Entra ID when
/// configured), the two policies, anti-forgery with a header token, the sign-in lockout.
/// </summary>
public static class StaffConsoleServiceCollectionExtensions
{
    public const string CookieScheme = "console";
    public const string EntraScheme = "console-entra";
    public const string StaffPolicy = "console-staff";
    public const string SupervisorPolicy = "console-supervisor";
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    public static IServiceCollection AddTrustBotStaffConsole(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StaffConsoleOptions>()
            .Bind(configuration.GetSection(StaffConsoleOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StaffConsoleOptions>, StaffConsoleOptionsValidator>());
        services.TryAddSingleton<StaffDirectory>();
        services.TryAddSingleton<SignInLockout>();

        var authentication = services.AddAuthentication();
        authentication.AddCookie(CookieScheme, ConfigureCookie);
        services.AddOptions<CookieAuthenticationOptions>(CookieScheme)
            .Configure<IOptions<StaffConsoleOptions>>((cookie, console) => cookie.ExpireTimeSpan = TimeSpan.FromMinutes(console.Value.SessionMinutes));

        // Whether the scheme exists is decided here; its settings come from the validated options below.
        if (configuration.GetSection(StaffConsoleOptions.SectionName).GetSection(nameof(StaffConsoleOptions.Entra)).Get<EntraConsoleOptions>() is { IsConfigured: true })
        {
            authentication.AddOpenIdConnect(EntraScheme, _ => { });
            services.AddOptions<OpenIdConnectOptions>(EntraScheme)
                .Configure<IOptions<StaffConsoleOptions>>((oidc, console) => ConfigureEntra(oidc, console.Value.Entra));
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, policy => policy.AddAuthenticationSchemes(CookieScheme).RequireAuthenticatedUser().RequireRole(StaffRoles.Therapist, StaffRoles.Supervisor))
            .AddPolicy(SupervisorPolicy, policy => policy.AddAuthenticationSchemes(CookieScheme).RequireAuthenticatedUser().RequireRole(StaffRoles.Supervisor));

        services.AddAntiforgery(options =>
        {
            options.HeaderName = AntiforgeryHeader;
            options.Cookie.Name = "trustbot-console-af";
            options.Cookie.Path = StaffConsoleEndpoints.BasePath;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "trustbot-console";
        options.Cookie.Path = StaffConsoleEndpoints.BasePath;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.SlidingExpiration = true;
        options.LoginPath = StaffConsoleEndpoints.SignInPage;

        // The JSON API answers 401/403; only pages are redirected to the sign-in page.
        options.Events.OnRedirectToLogin = context => Answer(context.HttpContext, context.RedirectUri, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => Answer(context.HttpContext, null, StatusCodes.Status403Forbidden);
    }

    private static Task Answer(HttpContext context, string? redirect, int status)
    {
        if (redirect is not null && !context.Request.Path.StartsWithSegments(StaffConsoleEndpoints.ApiPath))
        {
            context.Response.Redirect(StaffConsoleEndpoints.SignInPage);
            return Task.CompletedTask;
        }

        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static void ConfigureEntra(OpenIdConnectOptions oidc, EntraConsoleOptions entra)
    {
        oidc.SignInScheme = CookieScheme;
        oidc.Authority = $"{entra.Instance.TrimEnd('/')}/{entra.TenantId}/v2.0";
        oidc.ClientId = entra.ClientId;
        oidc.ClientSecret = entra.ClientSecret;
        oidc.ResponseType = "code";
        oidc.UsePkce = true;
        oidc.CallbackPath = StaffConsoleEndpoints.BasePath + "/signin-oidc";
        oidc.SignedOutCallbackPath = StaffConsoleEndpoints.BasePath + "/signout-oidc";
        oidc.MapInboundClaims = false;
        oidc.SaveTokens = false;
        oidc.TokenValidationParameters.NameClaimType = "name";
        oidc.TokenValidationParameters.RoleClaimType = "roles";
        oidc.Events.OnTokenValidated = context =>
        {
            // App roles in "roles" become the console's two roles; anyone without one is refused.
            var principal = context.Principal!;
            var roles = principal.FindAll("roles").Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
            var role = roles.Contains(entra.SupervisorRole) ? StaffRoles.Supervisor : roles.Contains(entra.TherapistRole) ? StaffRoles.Therapist : null;
            var objectId = principal.FindFirstValue("oid");
            if (role is null || objectId is null)
            {
                context.Fail("No console role assigned.");
                return Task.CompletedTask;
            }

            context.Principal = StaffClaims.Create("entra:" + objectId, principal.FindFirstValue("name") ?? "Therapist", role, EntraScheme);
            return Task.CompletedTask;
        };
    }
}
