using System.Net;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.DirectLine;

public sealed class DirectLineSigningKeyTests
{
    [Fact]
    public async Task SigningKey_NotConfigured_IsGeneratedOnceAndTokensAndHistorySurviveARestart()
    {
        var folder = Path.Combine(Path.GetTempPath(), "trustbot-dl-" + Guid.NewGuid().ToString("N"));
        var keyFile = Path.Combine(folder, "directline-signing.key");
        string conversationId;
        string token;
        string keyBefore;
        using (var first = TrustBotHostFactory.ForDirectLine(folder, keepDataFolder: true))
        {
            (conversationId, token) = await new DirectLineTestClient(first.CreateClient()).StartNewAsync();
            keyBefore = await File.ReadAllTextAsync(keyFile);
        }

        using var restarted = TrustBotHostFactory.ForDirectLine(folder);
        var history = await new DirectLineTestClient(restarted.CreateClient()).GetActivitiesAsync(conversationId, token);

        Assert.Equal(keyBefore, await File.ReadAllTextAsync(keyFile));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        }

        Assert.Equal([SuggestingTestBot.WelcomeText], DirectLineTestClient.Texts(history));
    }

    [Fact]
    public async Task SigningKey_FromAnotherInstall_DoesNotValidate()
    {
        using var one = TrustBotHostFactory.ForDirectLine();
        using var other = TrustBotHostFactory.ForDirectLine();
        var (conversationId, token) = await new DirectLineTestClient(one.CreateClient()).StartNewAsync();

        using var response = await new DirectLineTestClient(other.CreateClient()).SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
