using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using TrustBot.Dialogs.CheckIn;

namespace TrustBot.Dialogs.Handoff;

/// <summary>
/// The short summary a therapist may see: per recent check-in the feeling and its intensity before and
/// after, who and what it was about, and the planned action. No thoughts, evidence or reframes: those
/// are the person's own words and stay with them.
/// </summary>
public sealed class HandoffSummaryBuilder(IOptions<HandoffOptions> options)
{
    /// <summary>Null when there are no check-ins to summarise.</summary>
    public string? Build(IReadOnlyList<CheckInRecord> checkIns)
    {
        var recent = checkIns.OrderByDescending(c => c.CompletedAt).Take(options.Value.SummaryCheckIns).ToList();
        if (recent.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var checkIn in recent)
        {
            text.Append("- ").Append(checkIn.CompletedAt.ToString("d MMM", CultureInfo.InvariantCulture)).Append(": ");
            text.Append("felt ").Append(Readable(checkIn.Feeling) ?? "(no feeling named)");
            if (checkIn.IntensityBefore is { } before)
            {
                text.Append(CultureInfo.InvariantCulture, $" ({before}/10");
                text.Append(checkIn.IntensityAfter is { } after ? string.Create(CultureInfo.InvariantCulture, $", {after}/10 after)") : ")");
            }

            if (Readable(checkIn.Who) is { } who)
            {
                text.Append("; about ").Append(who);
            }

            if ((Readable(checkIn.Trigger) ?? checkIn.TriggerText) is { } trigger)
            {
                text.Append("; trigger: ").Append(trigger);
            }

            if (checkIn.Action is { } action)
            {
                text.Append("; planned: ").Append(action);
                if (Readable(checkIn.ActionWhen) is { } when)
                {
                    text.Append(" (").Append(when).Append(')');
                }
            }

            text.Append('\n');
        }

        return text.ToString().TrimEnd();
    }

    private static string? Readable(string? id) => string.IsNullOrWhiteSpace(id) ? null : id.Replace('-', ' ');
}
