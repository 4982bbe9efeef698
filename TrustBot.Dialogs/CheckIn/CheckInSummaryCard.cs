using System.Globalization;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Actions;
using TrustBot.Dialogs.Feelings;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Triggers;

namespace TrustBot.Dialogs.CheckIn;

/// <summary>The closing summary as an Adaptive Card (1.5, the highest Teams renders), with a text fallback.</summary>
public static class CheckInSummaryCard
{
    public const string Title = "Your check-in";

    public static Activity Create(CheckInRecord record)
    {
        var facts = Facts(record);
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["speak"] = Title,
            ["body"] = new JsonArray
            {
                new JsonObject { ["type"] = "TextBlock", ["text"] = Title, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
                new JsonObject
                {
                    ["type"] = "FactSet",
                    ["facts"] = new JsonArray(facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Label, ["value"] = f.Value }).ToArray()),
                },
            },
        };
        return new Activity
        {
            Type = ActivityTypes.Message,
            Summary = Title + ": " + string.Join("; ", facts.Select(f => $"{f.Label} {f.Value}")),
            Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = card }],
        };
    }

    public static IReadOnlyList<(string Label, string Value)> Facts(CheckInRecord record)
    {
        var facts = new List<(string, string)>();
        var feeling = CheckInDialog.FeelingTitle(record);
        if (feeling is not null)
        {
            facts.Add(("Feeling", feeling));
        }

        if (record.IntensityBefore is not null || record.IntensityAfter is not null)
        {
            facts.Add(("Intensity", $"{Show(record.IntensityBefore)} → {Show(record.IntensityAfter)} (out of 10)"));
        }

        if (record.Who is not null)
        {
            facts.Add(("With", TriggerCatalog.FindWho(record.Who)?.Title ?? record.Who));
        }

        var trigger = record.TriggerText ?? TriggerCatalog.FindTrigger(record.Trigger)?.Description;
        if (trigger is not null)
        {
            facts.Add(("What happened", trigger));
        }

        if (record.Thought is not null)
        {
            facts.Add(("The thought", record.Thought));
        }

        if (record.Reframe is not null)
        {
            facts.Add(("A kinder view", record.Reframe));
        }

        if (record.Action is not null)
        {
            facts.Add(("Small step", record.Action));
        }

        if (record.ActionWhen is not null)
        {
            var when = FollowUpSchedule.Find(record.ActionWhen)?.Title ?? record.ActionWhen;
            facts.Add(("When", when));
        }

        return facts;
    }

    private static string Show(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "–";
}
