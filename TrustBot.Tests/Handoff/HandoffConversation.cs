using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TrustBot.Dialogs.Handoff;
using TrustBot.Tests.Turns;

namespace TrustBot.Tests.Handoff;

/// <summary>A transcript driver with handoff enabled, one therapist online and the proactive path recorded.</summary>
public static class HandoffConversation
{
    public static readonly StaffMember Alex = new("staff-alex", "Alex", IsSupervisor: false);

    public static TestConversation Create(IHandoffStore? store = null, string userId = "user1", FakeTimeProvider? time = null, bool enabled = true, Dialogs.Engine.IStorage? stateStorage = null) =>
        new(storage: stateStorage, userId: userId, conversationId: "convo-" + userId, time: time, configure: services =>
        {
            services.Configure<HandoffOptions>(o => o.Enabled = enabled);
            services.AddSingleton<IHandoffProactiveSender, TestProactiveSender>();
            if (store is not null)
            {
                services.AddSingleton(store);
            }
        });

    public static TestProactiveSender Proactive(this TestConversation convo) => (TestProactiveSender)convo.Services.GetRequiredService<IHandoffProactiveSender>();

    public static HandoffCoordinator Coordinator(this TestConversation convo) => convo.Services.GetRequiredService<HandoffCoordinator>();

    public static IHandoffStore HandoffStore(this TestConversation convo) => convo.Services.GetRequiredService<IHandoffStore>();

    public static void StaffOnline(this TestConversation convo, string staffId = "staff-alex") => convo.Services.GetRequiredService<StaffPresence>().Seen(staffId);

    public static async Task<HandoffRequest> OpenRequestAsync(this TestConversation convo) =>
        await convo.HandoffStore().FindOpenAsync(convo.ChannelId, convo.UserId, CancellationToken.None) ?? throw new InvalidOperationException("No open request.");
}
