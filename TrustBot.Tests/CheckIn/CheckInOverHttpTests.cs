using Microsoft.Data.Sqlite;
using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Welcome;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.CheckIn;

/// <summary>The whole product over HTTP: a check-in walked on /api/messages with expectReplies, across a host restart.</summary>
public sealed class CheckInOverHttpTests
{
    [Fact]
    public async Task CheckIn_ResumesAtTheRightStepAfterTheHostRestartsOnTheSameDatabase()
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), "trustbot-restart-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using (var first = new TrustBotHostFactory().WithSetting("Storage:Provider", "Sqlite").WithSetting("Storage:DataFolder", dataFolder))
            {
                var client = new ExpectRepliesClient(first.CreateClient(), "person-1", "conversation-1");
                Assert.Contains(WelcomeMessages.AskConsent, await client.SendAsync("hi"), StringComparison.Ordinal);
                await client.SendAsync(WelcomeMessages.ConsentYes);
                await client.SendAsync("yes");
                await client.SendAsync("yes");
                Assert.Contains("How are you feeling right now?", await client.SendAsync(WelcomeMessages.StartButton), StringComparison.Ordinal);
                Assert.Contains("anxious, from 0", await client.SendAsync("anxious"), StringComparison.Ordinal);
            }

            SqliteConnection.ClearAllPools();
            await using var second = new TrustBotHostFactory().WithSetting("Storage:Provider", "Sqlite").WithSetting("Storage:DataFolder", dataFolder);
            var again = new ExpectRepliesClient(second.CreateClient(), "person-1", "conversation-1");
            Assert.Contains(CheckInMessages.AskWho, await again.SendAsync("6"), StringComparison.Ordinal);
            await again.SendAsync("Friend");
            await again.SendAsync("Felt left out");
            await again.SendAsync("skip");
            await again.SendAsync("2");
            await again.SendAsync("Later today");
            var close = await again.SendAsync("3");
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
