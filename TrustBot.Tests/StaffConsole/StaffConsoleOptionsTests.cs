using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TrustBot.StaffConsole;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.StaffConsole;

public sealed class StaffConsoleOptionsTests
{
    [Fact]
    public void A_plain_password_in_place_of_the_hash_stops_the_app_at_start()
    {
        using var host = new TrustBotHostFactory()
            .WithSetting("Handoff:Staff:0:Id", "alex")
            .WithSetting("Handoff:Staff:0:DisplayName", "Alex")
            .WithSetting("Handoff:Staff:0:Role", "admin")
            .WithSetting("Handoff:Staff:0:PasswordHash", "hunter2hunter2");

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<StaffConsoleOptions>>());

        Assert.Contains(error.Failures, f => f.Contains("Handoff:Staff:0:PasswordHash", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Handoff:Staff:0:Role", StringComparison.Ordinal));
        Assert.DoesNotContain(error.Failures, f => f.Contains("hunter2", StringComparison.Ordinal));
    }
}
