using TrustBot.Tests.DirectLine;
using Xunit.Abstractions;

namespace TrustBot.Tests.Browser;

/// <summary>One person with the chat open in two tabs of the same browser: both tabs stay live.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TwoTabsBrowserTests
{
    private readonly BrowserFixture _browser;
    private readonly ITestOutputHelper _output;

    public TwoTabsBrowserTests(BrowserFixture browser, ITestOutputHelper output)
    {
        _browser = browser;
        _output = output;
    }

    [Fact]
    public async Task SecondTab_OnTheSameConversation_DoesNotCutOffTheFirst_BothReceiveReplies()
    {
        var first = await _browser.OpenChatAsync("/");
        try
        {
            await first.WaitForBotMessageAsync(SuggestingTestBot.WelcomeText);

            // Same browser context = same localStorage, so the second tab resumes the same conversation
            // and opens its own WebSocket with its own token.
            var secondPage = await first.Page.Context.NewPageAsync();
            await secondPage.GotoAsync("/");
            var second = new ChatPage(secondPage, secondPage.Locator(":root"));
            await second.WaitForBotMessageAsync(SuggestingTestBot.WelcomeText);
            await second.WaitForConnectedAsync();

            await first.SendTextAsync("typed in the first tab");
            await first.WaitForBotMessageAsync(SuggestingTestBot.ReplyPrefix + "typed in the first tab");
            await second.WaitForUserMessageAsync("typed in the first tab");
            await second.WaitForBotMessageAsync(SuggestingTestBot.ReplyPrefix + "typed in the first tab");

            await second.SendTextAsync("typed in the second tab");
            await second.WaitForBotMessageAsync(SuggestingTestBot.ReplyPrefix + "typed in the second tab");
            await first.WaitForUserMessageAsync("typed in the second tab");
            await first.WaitForBotMessageAsync(SuggestingTestBot.ReplyPrefix + "typed in the second tab");

            Assert.Equal(1, await first.CountTextAsync(SuggestingTestBot.WelcomeText));
            Assert.Equal(1, await second.CountTextAsync(SuggestingTestBot.WelcomeText));
            await first.AssertNoSendFailedAsync();
            await second.AssertNoSendFailedAsync();
            _output.WriteLine(await first.ScreenshotAsync("two-tabs-first"));
            _output.WriteLine(await second.ScreenshotAsync("two-tabs-second"));
        }
        finally
        {
            await first.CloseAsync();
        }
    }
}
