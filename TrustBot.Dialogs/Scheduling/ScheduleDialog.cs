using System.Text.Json.Nodes;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Preferences;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Scheduling;

/// <summary>
/// The <c>schedule</c> preferences (conversation.md section 6): how often, which days, what time, the
/// time zone and quiet hours. Saving takes effect at once and says when the next check-in is.
/// Only people who agreed to storage get a schedule.
/// </summary>
public sealed class ScheduleDialog : ComponentDialog
{
    /// <summary>Stored in conversation state: do not rename without a migration.</summary>
    public const string DialogId = "schedule";

    private const string ChoiceId = "schedule.choice";
    private const string DaysId = "schedule.days";
    private const string TimeId = "schedule.time";
    private const string ZoneId = "schedule.zone";
    private const string QuietId = "schedule.quiet";
    private const string Keep = "keep";
    private const string Change = "change";
    private const string QuietNone = "none";
    private const string QuietNight = "night";

    private readonly ProfileAccessor _profiles;
    private readonly ICheckInScheduler _scheduler;

    public ScheduleDialog(ProfileAccessor profiles, ICheckInScheduler scheduler)
        : base(DialogId)
    {
        _profiles = profiles;
        _scheduler = scheduler;
        AddDialog(new WaterfallDialog("schedule.steps",
        [
            AskFrequencyStepAsync, AskDaysStepAsync, AskTimeStepAsync, AskZoneStepAsync, AskNewZoneStepAsync, AskQuietStepAsync, SaveStepAsync,
        ]));
        AddDialog(new ChoicePrompt(ChoiceId));
        AddDialog(new TextPrompt(DaysId, (context, _) => Task.FromResult(context.Recognized.Succeeded && ScheduleInputRecognizer.Days(context.Recognized.Value).Count > 0)));
        AddDialog(new TimeOfDayPrompt(TimeId));
        AddDialog(new TextPrompt(ZoneId, (context, _) => Task.FromResult(context.Recognized.Succeeded && TimeZoneResolver.Resolve(context.Recognized.Value) is not null)));
        AddDialog(new ChoicePrompt(QuietId, (context, _) => Task.FromResult(
            context.Recognized.Succeeded && (context.Recognized.Value!.Index >= 0 || ScheduleInputRecognizer.QuietHours(context.Recognized.Value.Value) is not null))));
    }

    private async Task<DialogTurnResult> AskFrequencyStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!_profiles.MayStore(step.Context))
        {
            await step.Context.SendTextAsync(ScheduleMessages.NeedsConsent, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await step.PromptAsync(ChoiceId, new PromptOptions
        {
            Prompt = MessageFactory.Text(ScheduleMessages.HowOften),
            Choices =
            [
                new(nameof(CheckInFrequency.Daily), ScheduleMessages.Daily, "daily", "every day", "each day"),
                new(nameof(CheckInFrequency.Weekdays), ScheduleMessages.Weekdays, "weekdays", "work days", "monday to friday", "mon fri"),
                new(nameof(CheckInFrequency.ChosenDays), ScheduleMessages.ChosenDays, "some days", "certain days", "chosen days", "specific days"),
                new(nameof(CheckInFrequency.Weekly), ScheduleMessages.Weekly, "weekly", "once a week", "every week"),
            ],
            AllowSkip = false,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskDaysStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var frequency = step.ResultAs<FoundChoice>()?.Value;
        if (frequency is null || !Enum.TryParse<CheckInFrequency>(frequency, out var parsed))
        {
            // Not understood three times: leave it, nothing was changed.
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.Values["frequency"] = parsed.ToString();
        return parsed switch
        {
            CheckInFrequency.ChosenDays => await step.PromptAsync(DaysId, new PromptOptions
            {
                Prompt = MessageFactory.Text(ScheduleMessages.WhichDays),
                RetryPrompt = MessageFactory.Text(ScheduleMessages.WhichDaysRetry),
                AllowSkip = false,
            }, cancellationToken),
            CheckInFrequency.Weekly => await step.PromptAsync(ChoiceId, new PromptOptions
            {
                Prompt = MessageFactory.Text(ScheduleMessages.WhichDay),
                Choices = [.. WeekOrder().Select(d => new Choice(d.ToString(), ScheduleMessages.DayName(d), d.ToString()[..3].ToLowerInvariant()))],
                AllowSkip = false,
            }, cancellationToken),
            _ => await step.NextAsync(null, cancellationToken),
        };
    }

    private async Task<DialogTurnResult> AskTimeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var days = step.Result switch
        {
            JsonValue text => ScheduleInputRecognizer.Days(text.GetValue<string>()),
            JsonObject => step.ResultAs<FoundChoice>() is { Value: var value } && Enum.TryParse<DayOfWeek>(value, out var day) ? [day] : [],
            _ => [],
        };
        step.Values["days"] = new JsonArray([.. days.Select(d => (JsonNode)JsonValue.Create(d.ToString()))]);
        return await step.PromptAsync(TimeId, new PromptOptions
        {
            Prompt = MessageFactory.Text(ScheduleMessages.WhatTime),
            RetryPrompt = MessageFactory.Text(ScheduleMessages.WhatTimeRetry),
            AllowSkip = false,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskZoneStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is null)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.Values["time"] = step.ResultAs<TimeOnly>().ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var zone = _profiles.TimeZoneId(step.Context);
        if (zone is null || TimeZoneResolver.Find(zone) is null)
        {
            return await step.NextAsync(JsonValue.Create(Change), cancellationToken);
        }

        step.Values["zone"] = zone;
        return await step.PromptAsync(ChoiceId, new PromptOptions
        {
            Prompt = MessageFactory.Text(ScheduleMessages.ZoneQuestion(zone)),
            Choices = [new(Keep, ScheduleMessages.KeepZoneButton, "yes", "keep", "thats right", "correct"), new(Change, ScheduleMessages.ChangeZoneButton, "no", "change", "wrong")],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskNewZoneStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answer = step.Result is JsonValue plain ? plain.GetValue<string>() : step.ResultAs<FoundChoice>()?.Value;
        if (answer != Change && step.Values["zone"] is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(ZoneId, new PromptOptions
        {
            Prompt = MessageFactory.Text(ScheduleMessages.WhichZone),
            RetryPrompt = MessageFactory.Text(ScheduleMessages.WhichZoneRetry),
            AllowSkip = false,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskQuietStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is JsonValue typed && TimeZoneResolver.Resolve(typed.GetValue<string>(), _profiles.CountryCode(step.Context)) is { } zone)
        {
            step.Values["zone"] = zone;
            _profiles.SetTimeZone(step.Context, zone);
        }

        if (step.Values["zone"] is null)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await step.PromptAsync(QuietId, new PromptOptions
        {
            Prompt = MessageFactory.Text(ScheduleMessages.QuietHoursQuestion),
            RetryPrompt = MessageFactory.Text(ScheduleMessages.QuietHoursRetry),
            Choices = [new(QuietNight, ScheduleMessages.QuietNight, "night", "nights", "overnight"), new(QuietNone, ScheduleMessages.NoQuietHours, "none", "no", "any time", "anytime")],
            AcceptFreeText = true,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> SaveStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        var activity = turn.Activity;
        var existing = await _scheduler.GetAsync(activity.ChannelId!, activity.From!.Id!, cancellationToken);
        var schedule = new CheckInSchedule
        {
            ChannelId = activity.ChannelId!,
            UserId = activity.From!.Id!,
            ConversationId = activity.Conversation?.Id,
            Frequency = Enum.Parse<CheckInFrequency>(step.Values["frequency"]!.GetValue<string>()),
            Days = [.. step.Values["days"]!.AsArray().Select(d => Enum.Parse<DayOfWeek>(d!.GetValue<string>()))],
            LocalTime = TimeOnly.Parse(step.Values["time"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
            TimeZoneId = step.Values["zone"]!.GetValue<string>(),
            LastCrisisAt = existing?.LastCrisisAt,
        };

        var quiet = step.ResultAs<FoundChoice>();
        if (quiet?.Value == QuietNight)
        {
            (schedule.QuietHoursStart, schedule.QuietHoursEnd) = (new TimeOnly(22, 0), new TimeOnly(7, 0));
        }
        else if (quiet is not null && quiet.Value != QuietNone && ScheduleInputRecognizer.QuietHours(quiet.Value) is { } range)
        {
            (schedule.QuietHoursStart, schedule.QuietHoursEnd) = range;
        }

        if (schedule.IsQuiet(schedule.LocalTime))
        {
            // The person's quiet hours win over the time they picked: send when they end.
            var asked = schedule.LocalTime;
            schedule.LocalTime = schedule.QuietHoursEnd!.Value;
            await turn.SendTextAsync(ScheduleMessages.QuietConflict(asked, schedule.LocalTime), cancellationToken);
        }

        var next = await _scheduler.SaveAsync(schedule, cancellationToken);
        await turn.SendTextAsync(ScheduleMessages.Saved(schedule, next), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static IEnumerable<DayOfWeek> WeekOrder() =>
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];
}
