using System.Security.Cryptography;
using System.Text;
using Quartz;

namespace TrustBot.Scheduling;

/// <summary>
/// Quartz keys. Each person's triggers share one group named by a hash of their channel and user id
/// (Teams ids are long and personal), so deleting a person removes all of them in one call.
/// </summary>
public static class CheckInTriggers
{
    public const string Regular = "checkin";
    public const string Snooze = "snooze";
    public const string Deferred = "deferred";
    public const string FollowUpPrefix = "followup-";
    public const string HandoffFollowUp = "handoff-followup";

    public const string ChannelIdKey = "channelId";
    public const string UserIdKey = "userId";
    public const string ConversationIdKey = "conversationId";
    public const string KindKey = "kind";
    public const string SourceKey = "source";

    public static readonly JobKey PromptJob = new("checkin-prompt", "trustbot");
    public static readonly JobKey OutboxJob = new("checkin-outbox", "trustbot");
    public static readonly TriggerKey OutboxTrigger = new("checkin-outbox-sweep", "trustbot");

    public static string GroupFor(string channelId, string userId) =>
        "person-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(channelId + "\n" + userId)))[..40];

    public static TriggerKey Key(string channelId, string userId, string name) => new(name, GroupFor(channelId, userId));

    public static string FollowUpName(string checkInId) =>
        FollowUpPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(checkInId)))[..32];
}
