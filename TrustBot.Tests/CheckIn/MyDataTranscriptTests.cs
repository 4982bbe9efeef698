using System.Text;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Commands;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Profile;
using TrustBot.Tests.Turns;

namespace TrustBot.Tests.CheckIn;

public sealed class MyDataTranscriptTests
{
    private static async Task FinishOneCheckInAsync(TestConversation convo)
    {
        await CheckInTranscriptTests.WelcomeAndStartAsync(convo);
        foreach (var answer in new[] { "anxious", "6", "Partner", "Plans changed", "skip", "1", "Now", "3" })
        {
            await convo.SendAsync(answer);
        }
    }

    [Fact]
    public async Task Export_SendsAJsonFileWithTheirCheckIns()
    {
        await using var convo = new TestConversation();
        await FinishOneCheckInAsync(convo);
        var menu = await convo.SendAsync("my data");
        Assert.Equal([CommandMessages.ExportButton, CommandMessages.DeleteButton, CommandMessages.KeepButton], menu.Buttons());
        var export = await convo.SendAsync(CommandMessages.ExportButton);
        export.ShouldContain("1 saved check-in");
        var file = export.Single().Attachments!.Single();
        Assert.Equal(PersonalDataService.ExportFileName, file.Name);
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(file.ContentUrl!["data:application/json;base64,".Length..]));
        var data = JsonNode.Parse(json)!;
        Assert.Equal("anxious", data["profile"]!["checkIns"]![0]!["feeling"]!.GetValue<string>());
    }

    [Fact]
    public async Task Delete_AfterConfirmation_RemovesEverythingStored()
    {
        await using var convo = new TestConversation();
        await FinishOneCheckInAsync(convo);
        (await convo.SendAsync("delete my data")).ShouldContain(CommandMessages.DeleteQuestion);
        (await convo.SendAsync("yes")).ShouldContain(CommandMessages.Deleted);
        Assert.Empty(await convo.Storage.ListKeysAsync(convo.ChannelId + "/", CancellationToken.None));
        (await convo.SendAsync("hi")).ShouldContain("Is it okay to save them?");
    }

    [Fact]
    public async Task Delete_Declined_KeepsTheData()
    {
        await using var convo = new TestConversation();
        await FinishOneCheckInAsync(convo);
        await convo.SendAsync("delete my data");
        (await convo.SendAsync("No, keep it")).ShouldContain(CommandMessages.NotDeleted);
        Assert.NotEmpty(await convo.Storage.ListKeysAsync(UserState.KeyFor(convo.ChannelId, convo.UserId)!, CancellationToken.None));
    }

    [Fact]
    public async Task Privacy_ExplainsWhatIsKept()
    {
        await using var convo = new TestConversation();
        (await convo.SendAsync("privacy")).ShouldContain("What I never do");
    }
}
