using Microsoft.Playwright;
using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Progress;
using TrustBot.Dialogs.Welcome;
using Xunit.Abstractions;

namespace TrustBot.Tests.Browser;

/// <summary>
/// "my progress" in the real Web Chat page after a few check-ins typed as a person would: the words, then
/// the chart as an image that has actually loaded and decoded in Chromium, with its alt text.
/// </summary>
[Collection(RealBotBrowserCollection.Name)]
public sealed class ProgressBrowserTests(RealBotBrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task AfterAFewCheckIns_MyProgressShowsTheChartImage_Loaded_WithAltText()
    {
        var chat = await browser.OpenChatAsync("/");
        try
        {
            await chat.AcceptWelcomeAsync();
            await chat.ClickSuggestedActionExactAsync(WelcomeMessages.StartButton);
            await chat.WaitForBotMessageAsync(CheckInMessages.AskFeeling);
            await TypeCheckInAsync(chat, 1, before: 7, after: 4);
            await TypeCheckInAsync(chat, 2, before: 6, after: 3);
            await TypeCheckInAsync(chat, 3, before: 7, after: 5);

            await chat.SendTextAsync("my progress");
            await chat.WaitForBotMessageAsync("Last 7 days: 3 check-ins on 1 day.");
            var image = chat.Transcript.Locator($"img[alt=\"{ProgressMessages.ChartAlt}\"]").Last;
            await Assertions.Expect(image).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = ChatPage.TimeoutMs });
            await chat.Page.WaitForFunctionAsync(
                "img => img.complete && img.naturalWidth > 0",
                await image.ElementHandleAsync(),
                new PageWaitForFunctionOptions { Timeout = ChatPage.TimeoutMs });
            var size = await image.EvaluateAsync<int[]>("img => [img.naturalWidth, img.naturalHeight]");
            Assert.Equal([ProgressChartAttachment.WebChatWidth, ProgressChartAttachment.WebChatHeight], size);
            // Inline data the page holds (Web Chat may hand it to the <img> as a blob: URL), never a server URL.
            Assert.Matches("^(data:image/png;base64,|blob:)", await image.GetAttributeAsync("src"));
            await image.ScrollIntoViewIfNeededAsync();
            await chat.AssertNoSendFailedAsync();
            output.WriteLine($"Screenshot: {await chat.ScreenshotAsync("real-bot-my-progress-chart")}");
        }
        finally
        {
            await chat.CloseAsync();
        }
    }

    /// <summary>Check-in number <paramref name="round"/>, every answer typed; the first one's question is already showing.</summary>
    private static async Task TypeCheckInAsync(ChatPage chat, int round, int before, int after)
    {
        if (round > 1)
        {
            await chat.SendTextAsync("check in");
            await chat.WaitForTextCountAsync(CheckInMessages.AskFeeling, round);
        }

        foreach (var (answer, next) in new[]
        {
            ("anxious", "the feeling of being anxious, from 0"),
            (before.ToString(System.Globalization.CultureInfo.InvariantCulture), CheckInMessages.AskWho),
            ("Partner", CheckInMessages.AskWhat),
            ("No reply / on read", CheckInMessages.AskThought),
            ("He's losing interest in me.", CheckInMessages.AskEvidenceFor),
            ("skip", CheckInMessages.AskEvidenceAgainst),
            ("skip", CheckInMessages.AskBalanced),
            ("He might just be busy today", "three small steps"),
            ("1", CheckInMessages.AskWhen),
            ("Tomorrow", CheckInMessages.AskReRate),
            (after.ToString(System.Globalization.CultureInfo.InvariantCulture), CheckInMessages.SavedNote),
        })
        {
            await chat.SendTextAsync(answer);
            await chat.WaitForTextCountAsync(next, round);
        }
    }
}
