using Microsoft.Playwright;
using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Commands;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Welcome;
using Xunit.Abstractions;

namespace TrustBot.Tests.Browser;

/// <summary>
/// The product's own conversation in the chat page, as a person clicks and types it: the welcome,
/// a full check-in, cancel over polling, a crisis in the middle, and a reload mid check-in.
/// Headless Chromium reports en-US and UTC, so the bot offers the United States and a US time zone.
/// </summary>
[Collection(RealBotBrowserCollection.Name)]
public sealed class RealBotBrowserTests
{
    private const string CrisisText = "I want to end my life";
    private const string CrisisLineButton = "Call 988 Suicide & Crisis Lifeline (988)";

    private readonly RealBotBrowserFixture _browser;
    private readonly ITestOutputHelper _output;

    public RealBotBrowserTests(RealBotBrowserFixture browser, ITestOutputHelper output)
    {
        _browser = browser;
        _output = output;
    }

    [Fact]
    public async Task FullCheckIn_ByClickingAndTyping_ShowsSummaryCardAndSavedNote()
    {
        var chat = await _browser.OpenChatAsync("/");
        try
        {
            await WelcomeAndStartAsync(chat);

            await chat.ClickSuggestedActionExactAsync("Hurt");
            await chat.WaitForBotMessageAsync(CheckInMessages.AskSecondLevel("Hurt"));
            await chat.ClickSuggestedActionExactAsync("Betrayed");
            await chat.WaitForBotMessageAsync("the feeling of being betrayed, from 0");
            await chat.SendTextAsync("7");
            await chat.WaitForBotMessageAsync(CheckInMessages.AskWho);
            await chat.ClickSuggestedActionExactAsync("Partner");
            await chat.WaitForBotMessageAsync(CheckInMessages.AskWhat);
            await chat.ClickSuggestedActionExactAsync("No reply / on read");
            await chat.WaitForBotMessageAsync(CheckInMessages.AskThought);
            await chat.SendTextAsync("He's losing interest in me.");
            await chat.WaitForBotMessageAsync(CheckInMessages.AskEvidenceFor);
            await chat.ClickSuggestedActionExactAsync(CheckInMessages.SkipButton);
            await chat.WaitForBotMessageAsync(CheckInMessages.AskEvidenceAgainst);
            await chat.ClickSuggestedActionExactAsync(CheckInMessages.SkipButton);
            await chat.WaitForBotMessageAsync("I'm having the thought that he's losing interest in me.");
            await chat.WaitForBotMessageAsync(CheckInMessages.AskBalanced);
            await chat.SendTextAsync("He might just be busy today");
            await chat.WaitForBotMessageAsync("three small steps");

            // The first offered step, whatever the catalogue picked; its title comes back in the echo.
            var action = chat.SuggestedActions.First;
            var actionTitle = (await action.InnerTextAsync()).Trim();
            Assert.NotEqual(CheckInMessages.OwnIdeaButton, actionTitle);
            await action.ClickAsync();
            await chat.WaitForUserMessageAsync(actionTitle);
            await chat.WaitForBotMessageAsync(CheckInMessages.AskWhen);
            await chat.ClickSuggestedActionExactAsync("Tomorrow");
            await chat.WaitForBotMessageAsync(CheckInMessages.AskReRate);
            await chat.SendTextAsync("4");

            await chat.WaitForBotMessageAsync("from 7 to 4");
            await chat.WaitForBotMessageAsync(CheckInMessages.SavedNote);
            var card = chat.Transcript.Locator(".ac-adaptiveCard").Filter(new LocatorFilterOptions { HasText = CheckInSummaryCard.Title }).Last;
            await Assertions.Expect(card).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = ChatPage.TimeoutMs });
            await Assertions.Expect(card).ToContainTextAsync("betrayed");
            await Assertions.Expect(card).ToContainTextAsync("7 → 4");
            await chat.AssertNoSendFailedAsync();
            Screenshot(await chat.ScreenshotAsync("real-bot-check-in-websocket"));
        }
        finally
        {
            await chat.CloseAsync();
        }
    }

    [Fact]
    public async Task Polling_CancelAfterTheFeeling_BotConfirmsItStopped()
    {
        var chat = await _browser.OpenChatAsync("/", webSocket: false);
        try
        {
            await WelcomeAndStartAsync(chat);
            await chat.ClickSuggestedActionExactAsync("Angry");
            await chat.WaitForBotMessageAsync(CheckInMessages.AskSecondLevel("Angry"));

            await chat.SendTextAsync("cancel");

            await chat.WaitForBotMessageAsync(CommandMessages.CancelledCheckIn);
            await chat.AssertNoSendFailedAsync();
            Screenshot(await chat.ScreenshotAsync("real-bot-cancel-polling"));
        }
        finally
        {
            await chat.CloseAsync();
        }
    }

    [Fact]
    public async Task CrisisMidCheckIn_ShowsLineButtonsAndAreYouSafe_SafeAnswerGetsAReplyAndTheCheckInResumes()
    {
        var chat = await _browser.OpenChatAsync("/");
        try
        {
            await WelcomeAndStartAsync(chat);
            await chat.ClickSuggestedActionExactAsync("Sad");
            await chat.WaitForBotMessageAsync(CheckInMessages.AskSecondLevel("Sad"));

            await chat.SendTextAsync(CrisisText);

            await chat.WaitForBotMessageAsync("I'm really glad you did");
            await Assertions.Expect(chat.CardButton(CrisisLineButton).Last).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = ChatPage.TimeoutMs });
            await Assertions.Expect(chat.CardButton("Chat: 988 Lifeline chat").Last).ToBeVisibleAsync();
            await Assertions.Expect(chat.CardButton("Call 911 (emergency)").Last).ToBeVisibleAsync();
            await chat.WaitForBotMessageAsync(SafetyMessages.AreYouSafe);
            await Assertions.Expect(chat.SuggestedActions.Filter(new LocatorFilterOptions { HasText = SafetyMessages.NotSafe })).ToHaveCountAsync(1);

            await chat.ClickSuggestedActionExactAsync(SafetyMessages.SafeNow);

            await chat.WaitForUserMessageAsync(SafetyMessages.SafeNow);
            await chat.WaitForBotMessageAsync(EscalationMessages.SafeNow);

            // The crisis-line buttons stay on the message after the person answered (hero card, not suggested actions).
            await Assertions.Expect(chat.CardButton(CrisisLineButton).Last).ToBeVisibleAsync();
            await chat.WaitForBotMessageAsync(EscalationMessages.AskResume);
            await chat.AssertNoSendFailedAsync();
            Screenshot(await chat.ScreenshotAsync("real-bot-crisis-mid-check-in"));

            // The parked check-in comes back at the question it was on.
            await chat.ClickSuggestedActionExactAsync(EscalationMessages.ResumeButton);
            await chat.WaitForBotMessageAsync(EscalationMessages.Resuming);
            await Assertions.Expect(chat.SuggestedActions.Filter(new LocatorFilterOptions { HasText = CheckInMessages.JustThatPrefix + "sad" }))
                .ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = ChatPage.TimeoutMs });
            Assert.Equal(2, await chat.CountTextAsync(CheckInMessages.AskSecondLevel("Sad")));
            await chat.ClickSuggestedActionExactAsync(CheckInMessages.JustThatPrefix + "sad");
            await chat.WaitForBotMessageAsync("the feeling of being sad, from 0");
            await chat.AssertNoSendFailedAsync();
        }
        finally
        {
            await chat.CloseAsync();
        }
    }

    [Fact]
    public async Task CrisisLineButtons_OpenTheirCallTextAndChatLinks()
    {
        var chat = await _browser.OpenChatAsync("/");
        try
        {
            await chat.WaitForBotMessageAsync(WelcomeMessages.AskConsent);
            await chat.SendTextAsync(CrisisText);
            await Assertions.Expect(chat.CardButton(CrisisLineButton).Last).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = ChatPage.TimeoutMs });

            // Web Chat opens card URLs with window.open; record them instead of leaving the page.
            await chat.Page.EvaluateAsync("() => { window.__opened = []; window.open = (url) => { window.__opened.push(String(url)); return null; }; }");
            foreach (var title in new[] { CrisisLineButton, "Text HOME to 741741", "Chat: 988 Lifeline chat", "Call 911 (emergency)" })
            {
                await chat.CardButton(title).Last.ClickAsync();
            }

            var opened = await chat.Page.EvaluateAsync<string[]>("() => window.__opened");
            Assert.Equal(new[] { "tel:988", "sms:741741?body=HOME", "https://988lifeline.org/chat", "tel:911" }, opened);
        }
        finally
        {
            await chat.CloseAsync();
        }
    }

    [Fact]
    public async Task ReloadMidCheckIn_ShowsHistoryAndContinuesAtThePendingQuestion()
    {
        var chat = await _browser.OpenChatAsync("/");
        try
        {
            await WelcomeAndStartAsync(chat);
            await chat.ClickSuggestedActionExactAsync("Hurt");
            await chat.WaitForBotMessageAsync(CheckInMessages.AskSecondLevel("Hurt"));

            await chat.ReloadAsync();

            await chat.WaitForUserMessageAsync(WelcomeMessages.ConsentYes);
            await chat.WaitForUserMessageAsync("Hurt");
            await chat.WaitForBotMessageAsync(CheckInMessages.AskSecondLevel("Hurt"));
            await chat.WaitForConnectedAsync();
            // The pending question's buttons come back with the history.
            await chat.ClickSuggestedActionExactAsync("Betrayed");
            await chat.WaitForBotMessageAsync("the feeling of being betrayed, from 0");
            await chat.SendTextAsync("6");
            await chat.WaitForBotMessageAsync(CheckInMessages.AskWho);

            Assert.Equal(1, await chat.CountTextAsync(WelcomeMessages.AskConsent));
            Assert.Equal(1, await chat.CountTextAsync(CheckInMessages.AskWho));
            await chat.AssertNoSendFailedAsync();
            Screenshot(await chat.ScreenshotAsync("real-bot-reload-mid-check-in"));
        }
        finally
        {
            await chat.CloseAsync();
        }
    }

    [Fact]
    public async Task MyDataExport_ShowsADownloadOfTheirDataInThePage()
    {
        var chat = await _browser.OpenChatAsync("/");
        try
        {
            await WelcomeAndStartAsync(chat);
            await chat.SendTextAsync("my data");
            await chat.WaitForBotMessageAsync(CommandMessages.MyDataQuestion);
            await chat.ClickSuggestedActionExactAsync(CommandMessages.ExportButton);
            await chat.WaitForBotMessageAsync(CommandMessages.ExportIntro);
            var link = chat.Transcript.Locator("a").Filter(new LocatorFilterOptions { HasText = "trustbot-my-data.json" }).Last;
            await Assertions.Expect(link).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = ChatPage.TimeoutMs });
            Assert.StartsWith("data:application/json;base64,", await link.GetAttributeAsync("href"), StringComparison.Ordinal);
            Screenshot(await chat.ScreenshotAsync("real-bot-my-data-export"));
        }
        finally
        {
            await chat.CloseAsync();
        }
    }

    /// <summary>Welcome on load, consent, confirm the offered country and time zone, start: ends on the first question.</summary>
    private static async Task WelcomeAndStartAsync(ChatPage chat)
    {
        await chat.WaitForBotMessageAsync("I'm TrustBot");
        await chat.AcceptWelcomeAsync();
        await chat.ClickSuggestedActionExactAsync(WelcomeMessages.StartButton);
        await chat.WaitForBotMessageAsync(CheckInMessages.AskFeeling);
    }

    private void Screenshot(string path) => _output.WriteLine($"Screenshot: {path}");
}
