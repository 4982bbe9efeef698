using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrustBot.Dialogs.Handoff;
using TrustBot.Dialogs.Protocol;
using TrustBot.StaffConsole;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.StaffConsole;

/// <summary>The app with handoff on, a fake clock and three accounts: therapists Alex and Blair, supervisor Sam.</summary>
public sealed class StaffConsoleHostFixture : IDisposable
{
    public const string AlexPassword = "alex-password-0123";
    public const string BlairPassword = "blair-password-0123";
    public const string SamPassword = "sam-password-0123";

    public StaffConsoleHostFixture()
    {
        Host = Configure(new TrustBotHostFactory().WithEnvironment("Development").WithFakeTime());
    }

    public TrustBotHostFactory Host { get; }

    public IHandoffStore Store => Host.Services.GetRequiredService<IHandoffStore>();

    public static TrustBotHostFactory Configure(TrustBotHostFactory host) => host
        .WithSetting("Handoff:Enabled", "true")
        .WithSetting("Handoff:Staff:0:Id", "alex")
        .WithSetting("Handoff:Staff:0:DisplayName", "Alex")
        .WithSetting("Handoff:Staff:0:Role", StaffRoles.Therapist)
        .WithSetting("Handoff:Staff:0:PasswordHash", StaffPasswordHasher.Hash(AlexPassword, StaffPasswordHasher.MinimumIterations))
        .WithSetting("Handoff:Staff:1:Id", "blair")
        .WithSetting("Handoff:Staff:1:DisplayName", "Blair")
        .WithSetting("Handoff:Staff:1:Role", StaffRoles.Therapist)
        .WithSetting("Handoff:Staff:1:PasswordHash", StaffPasswordHasher.Hash(BlairPassword, StaffPasswordHasher.MinimumIterations))
        .WithSetting("Handoff:Staff:2:Id", "sam")
        .WithSetting("Handoff:Staff:2:DisplayName", "Sam")
        .WithSetting("Handoff:Staff:2:Role", StaffRoles.Supervisor)
        .WithSetting("Handoff:Staff:2:PasswordHash", StaffPasswordHasher.Hash(SamPassword, StaffPasswordHasher.MinimumIterations))
        .WithServices(services =>
        {
            services.RemoveAll<IHandoffProactiveSender>();
            services.AddSingleton<RecordingProactiveSender>();
            services.AddSingleton<IHandoffProactiveSender>(sp => sp.GetRequiredService<RecordingProactiveSender>());
        });

    /// <summary>A waiting request as the bot queues it, with a consented summary and a user id to look for in answers.</summary>
    public async Task<HandoffRequest> QueueAsync(HandoffUrgency urgency = HandoffUrgency.Routine, string summary = "Felt anxious (7/10) before the exam")
    {
        var userId = "person-" + Guid.NewGuid().ToString("N");
        var request = new HandoffRequest
        {
            Id = HumanHandoff.NewRequestId(),
            ChannelId = "webchat",
            UserId = userId,
            Reference = new ConversationReference { ChannelId = "webchat", User = new ChannelAccount { Id = userId, Name = "Robin Example" }, Conversation = new ConversationAccount { Id = "convo-" + userId } },
            Urgency = urgency,
            RequestedAt = Host.Time.GetUtcNow(),
            Summary = summary,
        };
        await Store.AddAsync(request, CancellationToken.None);
        return request;
    }

    public void Dispose() => Host.Dispose();
}
