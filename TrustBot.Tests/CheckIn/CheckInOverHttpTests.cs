using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Welcome;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.CheckIn;

/// <summary>The whole product over HTTP: a check-in walked on /api/messages with expectReplies, across a host restart.</summary>
public sealed class CheckInOverHttpTests
{
    private static async Task<string> SendAsync(HttpClient client, string text, string type = "message")
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = "act-" + Guid.NewGuid().ToString("N"),
            ["channelId"] = "emulator",
            ["serviceUrl"] = "http://localhost:1/",
            ["deliveryMode"] = "expectReplies",
            ["from"] = new JsonObject { ["id"] = "person-1" },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = "conversation-1" },
            ["locale"] = "en-US",
            ["text"] = text,
        };
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        var replies = (await response.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();
        return string.Join("\n", replies.Select(r => r?["text"]?.GetValue<string>()).Where(t => t is not null));
    }

    [Fact]
    public async Task CheckIn_ResumesAtTheRightStepAfterTheHostRestartsOnTheSameDatabase()
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), "trustbot-restart-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using (var first = new TrustBotHostFactory().WithSetting("Storage:Provider", "Sqlite").WithSetting("Storage:DataFolder", dataFolder))
            {
                var client = first.CreateClient();
                Assert.Contains(WelcomeMessages.AskConsent, await SendAsync(client, "hi"), StringComparison.Ordinal);
                await SendAsync(client, WelcomeMessages.ConsentYes);
                await SendAsync(client, "yes");
                await SendAsync(client, "yes");
                Assert.Contains("How are you feeling right now?", await SendAsync(client, WelcomeMessages.StartButton), StringComparison.Ordinal);
                Assert.Contains("anxious, from 0", await SendAsync(client, "anxious"), StringComparison.Ordinal);
            }

            SqliteConnection.ClearAllPools();
            await using var second = new TrustBotHostFactory().WithSetting("Storage:Provider", "Sqlite").WithSetting("Storage:DataFolder", dataFolder);
            var again = second.CreateClient();
            Assert.Contains(CheckInMessages.AskWho, await SendAsync(again, "6"), StringComparison.Ordinal);
            await SendAsync(again, "Friend");
            await SendAsync(again, "Felt left out");
            await SendAsync(again, "skip");
            await SendAsync(again, "2");
            await SendAsync(again, "Later today");
            var close = await SendAsync(again, "3");
            Assert.Contains("from 6 to 3", close, StringComparison.Ordinal);
            Assert.Contains(CheckInMessages.SavedNote, close, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(dataFolder))
            {
                Directory.Delete(dataFolder, recursive: true);
            }
        }
    }
}
