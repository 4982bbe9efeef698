using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TrustBot.Tests.Hosting;

/// <summary>One person talking to the bot over POST /api/messages with expectReplies: send text, read what the bot said.</summary>
public sealed class ExpectRepliesClient(HttpClient client, string userId, string conversationId, string locale = "en-US")
{
    public async Task<string> SendAsync(string text)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "emulator",
            ["serviceUrl"] = "http://localhost:1/",
            ["deliveryMode"] = "expectReplies",
            ["from"] = new JsonObject { ["id"] = userId },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["locale"] = locale,
            ["text"] = text,
        };
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        var replies = (await response.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();
        return string.Join("\n", replies.Select(r => r?["text"]?.GetValue<string>()).Where(t => t is not null));
    }
}
