using Xunit.Abstractions;
using TrustBot.Tests.DirectLine;

namespace TrustBot.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class WebChatBrowserTests
{
    private readonly BrowserFixture _browser;
    private readonly ITestOutputHelper _output;

    public WebChatBrowserTests(BrowserFixture browser, ITestOutputHelper output)
    {
        _browser = browser;
        _output = output;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ChatPage_TypeAndClickSuggestedAction_EchoesWithoutSendFailedAndBotReplies(bool webSocket)
    {
        var chat = await _browser.OpenChatAsync("/", webSocket);
        try
        {
            await chat.WaitForBotMessageAsync(SuggestingTestBot.WelcomeText);

            await chat.SendTextAsync("I slept badly");
            await chat.WaitForUserMessageAsync("I slept badly");
            await chat.WaitForBotMessageAsync(SuggestingTestBot.ReplyPrefix + "I slept badly");

            await chat.ClickSuggestedActionAsync("Calm");
            await chat.WaitForUserMessageAsync("Calm");
            await chat.WaitForBotMessageAsync(SuggestingTestBot.ReplyPrefix + "Calm");
            await chat.AssertNoSendFailedAsync();
            Screenshot(await chat.ScreenshotAsync(webSocket ? "chat-page-websocket" : "chat-page-polling"));
        }
        finally
        {
            await chat.CloseAsync();
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ChatPage_Reload_ResumesSameConversationWithHistory(bool webSocket)
    {
        var chat = await _browser.OpenChatAsync("/", webSocket);
        try
        {
            await chat.WaitForBotMessageAsync(SuggestingTestBot.WelcomeText);
            await chat.SendTextAsync("remember this");
            await chat.WaitForBotMessageAsync(SuggestingTestBot.ReplyPrefix + "remember this");

            await chat.ReloadAsync();
            await chat.WaitForUserMessageAsync("remember this");
            await chat.WaitForBotMessageAsync(SuggestingTestBot.ReplyPrefix + "remember this");
            await chat.SendTextAsync("and this");
            await chat.WaitForBotMessageAsync(SuggestingTestBot.ReplyPrefix + "and this");

            Assert.Equal(1, await chat.CountTextAsync(SuggestingTestBot.WelcomeText));
            await chat.AssertNoSendFailedAsync();
            Screenshot(await chat.ScreenshotAsync(webSocket ? "reload-resume-websocket" : "reload-resume-polling"));
        }
        finally
        {
            await chat.CloseAsync();
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Widget_OnSampleHostPage_OpensAndChats(bool webSocket)
    {
        var chat = await _browser.OpenWidgetAsync(webSocket);
        try
        {
            await chat.WaitForBotMessageAsync(SuggestingTestBot.WelcomeText);
            await chat.ClickSuggestedActionAsync("Tense");
            await chat.WaitForUserMessageAsync("Tense");
            await chat.WaitForBotMessageAsync(SuggestingTestBot.ReplyPrefix + "Tense");
            await chat.SendTextAsync("typed in the widget");
            await chat.WaitForBotMessageAsync(SuggestingTestBot.ReplyPrefix + "typed in the widget");
            await chat.AssertNoSendFailedAsync();
            Screenshot(await chat.ScreenshotAsync(webSocket ? "widget-websocket" : "widget-polling"));
        }
        finally
        {
            await chat.CloseAsync();
        }
    }

    [Fact]
    public async Task ChatPage_StartNewConversation_ForgetsTheOldTranscript()
    {
        var chat = await _browser.OpenChatAsync("/");
        try
        {
            await chat.WaitForBotMessageAsync(SuggestingTestBot.WelcomeText);
            await chat.SendTextAsync("something private");
            await chat.WaitForBotMessageAsync(SuggestingTestBot.ReplyPrefix + "something private");

            await chat.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Start a new conversation" }).ClickAsync();
            await chat.WaitForBotMessageAsync(SuggestingTestBot.WelcomeText);

            Assert.Equal(0, await chat.CountTextAsync("something private"));
        }
        finally
        {
            await chat.CloseAsync();
        }
    }

    [Fact]
    public async Task ChatPage_AdaptiveCardSubmit_ReachesTheBotAsValue()
    {
        var chat = await _browser.OpenChatAsync("/");
        try
        {
            await chat.WaitForBotMessageAsync(SuggestingTestBot.WelcomeText);
            await chat.SendTextAsync(SuggestingTestBot.CardRequest);
            await chat.WaitForTextAsync(SuggestingTestBot.CardPrompt);

            await chat.Transcript.Locator("button.ac-pushButton", new() { HasText = SuggestingTestBot.CardButton }).Last.ClickAsync();

            await chat.WaitForBotMessageAsync(SuggestingTestBot.ReplyPrefix + "mild");
            await chat.AssertNoSendFailedAsync();
            Screenshot(await chat.ScreenshotAsync("adaptive-card"));
        }
        finally
        {
            await chat.CloseAsync();
        }
    }

    [Theory]
    [InlineData(1000, 800)]
    [InlineData(390, 844)]
    public async Task ChatPage_CrisisResources_OpenFullyOnScreen(int width, int height)
    {
        var chat = await _browser.OpenChatAsync("/");
        try
        {
            await chat.Page.SetViewportSizeAsync(width, height);
            await chat.Page.GetByText("Crisis resources").ClickAsync();

            var fully = new Microsoft.Playwright.LocatorAssertionsToBeInViewportOptions { Ratio = 1 };
            await Microsoft.Playwright.Assertions.Expect(chat.Page.GetByText("In danger? Call your local emergency number")).ToBeInViewportAsync(fully);
            await Microsoft.Playwright.Assertions.Expect(chat.Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "findahelpline.com" })).ToBeInViewportAsync(fully);
            await Microsoft.Playwright.Assertions.Expect(chat.Page.GetByText("not a therapist and not an emergency service")).ToBeVisibleAsync();
            Screenshot(await chat.ScreenshotAsync($"crisis-resources-{width}"));
        }
        finally
        {
            await chat.CloseAsync();
        }
    }

    [Fact]
    public async Task Widget_CrisisResources_OpenInsideTheFrame()
    {
        var chat = await _browser.OpenWidgetAsync();
        try
        {
            var frame = chat.Page.FrameLocator("iframe[title='Chat with TrustBot']");
            await frame.GetByText("Crisis resources").ClickAsync();

            var fully = new Microsoft.Playwright.LocatorAssertionsToBeInViewportOptions { Ratio = 1 };
            await Microsoft.Playwright.Assertions.Expect(frame.GetByText("In danger? Call your local emergency number")).ToBeInViewportAsync(fully);
            await Microsoft.Playwright.Assertions.Expect(frame.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "findahelpline.com" })).ToBeInViewportAsync(fully);
            Screenshot(await chat.ScreenshotAsync("widget-crisis-resources"));
        }
        finally
        {
            await chat.CloseAsync();
        }
    }

    private void Screenshot(string path) => _output.WriteLine($"Screenshot: {path}");
}
