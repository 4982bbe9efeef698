using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.Handoff;

/// <summary>The "handoff" section of a person's export: their requests, the shared summary and every relayed message.</summary>
public static class HandoffPersonalData
{
    public const string SectionName = "handoff";

    public static JsonNode? Export(IReadOnlyList<HandoffRequest> requests, Func<HandoffRequest, IEnumerable<HandoffMessage>> messagesOf)
    {
        if (requests.Count == 0)
        {
            return null;
        }

        var array = new JsonArray();
        foreach (var request in requests)
        {
            array.Add(new JsonObject
            {
                ["requestedAt"] = request.RequestedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                ["urgency"] = request.Urgency.ToString(),
                ["status"] = request.Status.ToString(),
                ["sharedSummary"] = request.Summary,
                ["staffId"] = request.StaffId,
                ["messages"] = JsonSerializer.SerializeToNode(
                    messagesOf(request).OrderBy(m => m.Sequence).Select(m => new { m.At, speaker = m.Speaker.ToString(), m.Text }).ToList(),
                    ProtocolJson.Options),
            });
        }

        return array;
    }
}
