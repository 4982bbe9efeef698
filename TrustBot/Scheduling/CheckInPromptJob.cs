using Quartz;
using TrustBot.Dialogs.Scheduling;

namespace TrustBot.Scheduling;

/// <summary>The one durable Quartz job every check-in, snooze, deferred and follow-up trigger fires.</summary>
public sealed class CheckInPromptJob(CheckInDispatcher dispatcher) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        var conversationId = data.GetString(CheckInTriggers.ConversationIdKey);
        var occurrence = new DueOccurrence(
            data.GetString(CheckInTriggers.ChannelIdKey)!,
            data.GetString(CheckInTriggers.UserIdKey)!,
            string.IsNullOrEmpty(conversationId) ? null : conversationId,
            Enum.Parse<PromptKind>(data.GetString(CheckInTriggers.KindKey)!),
            data.GetString(CheckInTriggers.SourceKey) ?? CheckInTriggers.Regular,
            context.ScheduledFireTimeUtc ?? context.FireTimeUtc);
        await dispatcher.OnDueAsync(occurrence, cancellationToken);
    }
}
