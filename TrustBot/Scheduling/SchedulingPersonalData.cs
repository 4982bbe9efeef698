using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Protocol;
using TrustBot.Messaging;

namespace TrustBot.Scheduling;

/// <summary>
/// "my data" and "delete my data" for scheduled check-ins: the schedule, its outbox entries, the Quartz
/// triggers and the stored conversation reference (follow-up outcomes are their own store).
/// </summary>
public sealed class SchedulingPersonalData(
    SqliteCheckInScheduleStore schedules,
    CheckInOutbox outbox,
    QuartzCheckInScheduler scheduler,
    ConversationReferenceStore references) : IPersonalDataStore
{
    public string Name => "scheduledCheckIns";

    public async Task<JsonNode?> ExportAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var schedule = await schedules.GetAsync(channelId, userId, cancellationToken);
        var prompts = await outbox.ExportAsync(channelId, userId, cancellationToken);
        var reference = await references.GetAsync(channelId, userId, cancellationToken);
        if (schedule is null && prompts is null && reference is null)
        {
            return null;
        }

        return new JsonObject
        {
            ["schedule"] = schedule is null ? null : JsonSerializer.SerializeToNode(schedule, ProtocolJson.Options),
            ["nextPrompt"] = schedule is null ? null : (await scheduler.GetNextPromptAsync(channelId, userId, cancellationToken))?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["prompts"] = prompts,
            ["conversationReference"] = reference is null ? null : JsonSerializer.SerializeToNode(reference, ProtocolJson.Options),
        };
    }

    public async Task DeleteAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await scheduler.RemoveAllTriggersAsync(channelId, userId, cancellationToken);
        await schedules.DeleteAsync(channelId, userId, cancellationToken);
        await outbox.DeleteAsync(channelId, userId, cancellationToken);
        await references.DeleteAsync(channelId, userId, cancellationToken);
    }
}
