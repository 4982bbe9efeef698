using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.History;
using TrustBot.Dialogs.Modules;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Scheduling;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Progress;

/// <summary>
/// "my progress": the last 7 and 30 days in words. A worsening run is named gently with the offer of a
/// person; after a crisis it is words only, with no praise. Mid-dialog it answers and re-asks the waiting
/// question without starting anything else.
/// </summary>
public sealed class ProgressCommand(
    ProfileAccessor profiles,
    PersonHistory history,
    IEnumerable<IFollowUpOutcomeStore> outcomeStores,
    SafetyLayer safety,
    ReflectionOffer reflection,
    IProgressChart chart) : IBotCommand
{
    public string Id => "progress";

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["en"] =
        [
            "my progress", "progress", "show my progress", "show me my progress", "show progress", "see my progress", "view my progress",
            "how am i doing", "how am i doing so far", "how have i been doing", "hows my progress", "how is my progress", "my history", "my trends",

            // What people actually type: the common slips of "progress".
            "my progess", "my progres", "my prgress", "my porgress", "my progrss", "my proress", "my progresss", "my pogress",
            "progess", "progres", "show my progess", "show my progres", "how am i doin", "how im doing",
        ],
    };

    public bool AsksWaitingQuestionAgain => false;

    public async Task ExecuteAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var midDialog = dc.ActiveDialog is not null;
        await SendSummaryAsync(dc, midDialog, cancellationToken);
        if (midDialog)
        {
            await dc.RepromptDialogAsync(cancellationToken);
        }
    }

    private async Task SendSummaryAsync(DialogContext dc, bool midDialog, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var activity = turn.Activity;
        if (!profiles.MayStore(turn) || activity.ChannelId is not { } channelId || activity.From?.Id is not { } userId)
        {
            await turn.SendTextAsync(ProgressMessages.NotStored, cancellationToken);
            return;
        }

        var now = turn.Time.GetUtcNow();
        var checkIns = await history.ReadCheckInsAsync(channelId, userId, now.AddDays(-31), cancellationToken);
        if (checkIns.Count == 0 && profiles.Profile(turn).CheckIns.Count == 0)
        {
            await turn.SendTextAsync(ProgressMessages.NoCheckIns, cancellationToken);
            return;
        }

        var outcomes = outcomeStores.LastOrDefault() is { } store ? await store.ReadAsync(channelId, userId, cancellationToken) : [];
        var reflections = await history.ReadReflectionsAsync(channelId, userId, DateTimeOffset.MinValue, cancellationToken);
        var report = ProgressReport.Build(checkIns, outcomes, reflections, profiles.Profile(turn).CheckIns, now, CheckInDialog.ResolveZone(profiles.TimeZoneId(turn)));

        var afterCrisis = safety.RecentlyEscalated(turn);
        var lines = new List<string?> { afterCrisis ? ProgressMessages.AfterCrisis : ProgressMessages.Intro, ProgressMessages.Period(report.Week), ProgressMessages.Period(report.Month) };
        lines.Add(ProgressMessages.Steps(report.StepsTried));
        lines.Add(ProgressMessages.Signs(report.Signs));
        if (!afterCrisis && !report.Worsening)
        {
            lines.Add(ProgressMessages.Consistency(report));
        }

        if (report.Worsening)
        {
            lines.Add(ProgressMessages.Worsening);
        }

        await turn.SendTextAsync(string.Join("\n\n", lines.Where(l => l is not null)), cancellationToken);
        if (midDialog)
        {
            return;
        }

        // A picture only on a calm turn: never beside a crisis reply or a worsening run.
        if (!afterCrisis && !report.Worsening && report.Month.CheckIns > 0
            && ProgressChartAttachment.CreateMessage(chart, report, activity.ChannelId, ProgressMessages.ChartAlt) is { } picture)
        {
            await turn.SendActivityAsync(picture, cancellationToken);
        }

        if (report.Worsening && !afterCrisis)
        {
            await dc.BeginDialogAsync(DistressOfferDialog.DialogId, null, cancellationToken);
        }
        else if (!report.Worsening)
        {
            await reflection.OfferIfDueAsync(dc, cancellationToken);
        }
    }
}
