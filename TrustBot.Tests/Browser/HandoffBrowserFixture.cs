using Microsoft.Extensions.DependencyInjection;
using TrustBot.Dialogs.Handoff;
using TrustBot.StaffConsole;

namespace TrustBot.Tests.Browser;

/// <summary>The real bot with handoff on and one console account (therapist Alex), for a person and a therapist side by side.</summary>
public sealed class HandoffBrowserFixture : BrowserFixture
{
    public const string TherapistId = "alex";
    public const string TherapistPassword = "alex-browser-password-01";

    protected override bool UseTestBot => false;

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.Configure<HandoffOptions>(options => options.Enabled = true);
        services.Configure<StaffConsoleOptions>(options => options.Staff.Add(new StaffAccount
        {
            Id = TherapistId,
            DisplayName = "Alex",
            Role = StaffRoles.Therapist,
            PasswordHash = StaffPasswordHasher.Hash(TherapistPassword, StaffPasswordHasher.MinimumIterations),
        }));
    }
}
