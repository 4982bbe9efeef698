using System.Text.Json;
using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.History;

/// <summary>
/// Finished check-ins and reflections of one person, typed over <see cref="IHistoryStore"/>. The profile
/// keeps only <see cref="RecentCount"/> slim check-ins (no free text): enough for the "getting worse"
/// signal, small enough that state stays a few hundred bytes after years of check-ins.
/// </summary>
public sealed class PersonHistory(IHistoryStore store)
{
    /// <summary>The worsening signal looks at three check-ins in a row.</summary>
    public const int RecentCount = 3;

    public IHistoryStore Store => store;

    public Task AppendCheckInAsync(string channelId, string userId, CheckInRecord record, CancellationToken cancellationToken) =>
        store.AppendAsync(channelId, userId, [ToEntry(record)], cancellationToken);

    public async Task<IReadOnlyList<CheckInRecord>> ReadCheckInsAsync(string channelId, string userId, DateTimeOffset since, CancellationToken cancellationToken) =>
        (await store.ReadAsync(channelId, userId, HistoryEntry.CheckIn, since, cancellationToken))
            .Select(e => JsonSerializer.Deserialize<CheckInRecord>(e.Json, ProtocolJson.Options)!)
            .ToList();

    public async Task<CheckInRecord?> FindCheckInAsync(string channelId, string userId, string id, CancellationToken cancellationToken) =>
        await store.FindAsync(channelId, userId, HistoryEntry.CheckIn, id, cancellationToken) is { } entry
            ? JsonSerializer.Deserialize<CheckInRecord>(entry.Json, ProtocolJson.Options)
            : null;

    public Task AppendReflectionAsync(string channelId, string userId, ReflectionRecord reflection, CancellationToken cancellationToken) =>
        store.AppendAsync(channelId, userId, [new HistoryEntry(HistoryEntry.Reflection, reflection.Id, reflection.RecordedAt, JsonSerializer.Serialize(reflection, ProtocolJson.Options))], cancellationToken);

    public async Task<IReadOnlyList<ReflectionRecord>> ReadReflectionsAsync(string channelId, string userId, DateTimeOffset since, CancellationToken cancellationToken) =>
        (await store.ReadAsync(channelId, userId, HistoryEntry.Reflection, since, cancellationToken))
            .Select(e => JsonSerializer.Deserialize<ReflectionRecord>(e.Json, ProtocolJson.Options)!)
            .ToList();

    /// <summary>Adds a finished check-in to the profile's recent summary, dropping the oldest beyond <see cref="RecentCount"/>.</summary>
    public static void KeepRecent(UserProfile profile, CheckInRecord record)
    {
        profile.CheckIns.Add(Slim(record));
        if (profile.CheckIns.Count > RecentCount)
        {
            profile.CheckIns.RemoveRange(0, profile.CheckIns.Count - RecentCount);
        }

        profile.HistoryInTable = true;
    }

    /// <summary>
    /// Moves check-ins of a document written before the history table into it (idempotent: safe to repeat
    /// after a crash between the append and the state write). Returns whether the profile changed.
    /// </summary>
    public async Task<bool> MigrateAsync(string channelId, string userId, UserProfile profile, CancellationToken cancellationToken)
    {
        if (profile.HistoryInTable || profile.CheckIns.Count == 0)
        {
            return false;
        }

        await store.AppendAsync(channelId, userId, profile.CheckIns.Select(ToEntry).ToList(), cancellationToken);
        var legacy = profile.CheckIns.ToList();
        profile.CheckIns.Clear();
        foreach (var record in legacy.Skip(Math.Max(0, legacy.Count - RecentCount)))
        {
            KeepRecent(profile, record);
        }

        profile.HistoryInTable = true;
        return true;
    }

    private static HistoryEntry ToEntry(CheckInRecord record) =>
        new(HistoryEntry.CheckIn, record.Id, record.CompletedAt, JsonSerializer.Serialize(record, ProtocolJson.Options));

    /// <summary>The recent summary: ids, feelings and numbers, none of the person's free text.</summary>
    private static CheckInRecord Slim(CheckInRecord record) => new()
    {
        Id = record.Id,
        StartedAt = record.StartedAt,
        CompletedAt = record.CompletedAt,
        Feeling = record.Feeling,
        CoreFeeling = record.CoreFeeling,
        FeelingIsOwnWord = record.FeelingIsOwnWord,
        IntensityBefore = record.IntensityBefore,
        IntensityAfter = record.IntensityAfter,
        Who = record.Who,
        Trigger = record.Trigger,
        ActionId = record.ActionId,
        ActionWhen = record.ActionWhen,
        FollowUpDueAt = record.FollowUpDueAt,
    };
}
