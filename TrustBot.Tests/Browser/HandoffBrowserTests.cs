using Microsoft.Playwright;
using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Handoff;
using TrustBot.Dialogs.Welcome;
using Xunit.Abstractions;

namespace TrustBot.Tests.Browser;

/// <summary>
/// Two real pages: a person in the Web Chat page asks for a person, a therapist signed in to the
/// console accepts; they exchange messages live both ways (a crisis message arrives flagged) and the therapist ends the chat.
/// </summary>
[Collection(HandoffBrowserCollection.Name)]
public sealed class HandoffBrowserTests(HandoffBrowserFixture browser, ITestOutputHelper output)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = new() { Timeout = ChatPage.TimeoutMs };

    [Fact]
    public async Task A_person_and_a_therapist_talk_live_both_ways_and_the_therapist_ends()
    {
        var person = await browser.OpenChatAsync("/");
        var therapistChat = await browser.OpenChatAsync("/console/");
        var console = therapistChat.Page;
        try
        {
            // The therapist signs in first (the console address sends them to the sign-in page).
            await Assertions.Expect(console).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/console/signin\\.html$"));
            await console.GetByLabel("Staff id").FillAsync(HandoffBrowserFixture.TherapistId);
            await console.GetByLabel("Password").FillAsync(HandoffBrowserFixture.TherapistPassword);
            await console.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Assertions.Expect(console.Locator("#who")).ToHaveTextAsync("Alex (therapist)", new() { Timeout = ChatPage.TimeoutMs });
            await Assertions.Expect(console.Locator("#queue-empty")).ToBeVisibleAsync(Visible);

            // The person asks for a person in the middle of starting a check-in.
            await person.WaitForBotMessageAsync(WelcomeMessages.AskConsent);
            await person.ClickSuggestedActionExactAsync(WelcomeMessages.ConsentYes);
            await person.WaitForBotMessageAsync(WelcomeMessages.ConfirmCountry("United States"));
            await person.ClickSuggestedActionExactAsync(WelcomeMessages.ConfirmYes);
            await person.WaitForBotMessageAsync("Your time zone looks like");
            await person.ClickSuggestedActionExactAsync(WelcomeMessages.ConfirmYes);
            await person.WaitForBotMessageAsync(WelcomeMessages.OfferCheckIn);
            await person.ClickSuggestedActionExactAsync(WelcomeMessages.StartButton);
            await person.WaitForBotMessageAsync(CheckInMessages.AskFeeling);
            await person.SendTextAsync("can I talk to a person");
            await person.WaitForBotMessageAsync(HandoffMessages.NoCheckInsToShare);
            await person.WaitForBotMessageAsync("You're next in the queue. 1 therapist is online");

            // The console's queue shows it (refreshed every few seconds) with its urgency; Accept joins.
            var row = console.Locator("#queue li").First;
            await Assertions.Expect(row).ToContainTextAsync("routine", new() { Timeout = ChatPage.TimeoutMs });
            await Assertions.Expect(row).ToContainTextAsync("waiting");
            await row.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
            await Assertions.Expect(console.Locator("#summary")).ToHaveTextAsync("The person chose not to share a summary.", new() { Timeout = ChatPage.TimeoutMs });
            await person.WaitForBotMessageAsync(HandoffMessages.Joined("Alex"));

            // Person to therapist.
            await person.SendTextAsync("I feel overwhelmed at work today");
            var fromPerson = console.Locator("#messages li.person").Filter(new() { HasText = "I feel overwhelmed at work today" });
            await Assertions.Expect(fromPerson).ToBeVisibleAsync(Visible);
            await Assertions.Expect(fromPerson).ToContainTextAsync("Person:");

            // Therapist to person, typed and sent with Enter.
            await console.GetByLabel("Message").FillAsync("I'm here. What happened at work?");
            await console.GetByLabel("Message").PressAsync("Enter");
            await person.WaitForBotMessageAsync(HandoffMessages.FromTherapist("Alex", "I'm here. What happened at work?"));
            await Assertions.Expect(console.Locator("#messages li.therapist").Filter(new() { HasText = "I'm here. What happened at work?" })).ToBeVisibleAsync(Visible);

            // A crisis message still gets the person the lines, and reaches the therapist flagged.
            await person.SendTextAsync("I want to end my life");
            var alert = console.Locator("#messages li.person.crisis").Filter(new() { HasText = "I want to end my life" });
            await Assertions.Expect(alert).ToBeVisibleAsync(Visible);
            await Assertions.Expect(alert).ToContainTextAsync("Crisis alert");
            await Assertions.Expect(person.CardButton("Call 988 Suicide & Crisis Lifeline (988)").Last).ToBeVisibleAsync(Visible);
            await person.AssertNoSendFailedAsync();
            await Screenshot(console, "handoff-console-live");
            output.WriteLine($"Screenshot: {await person.ScreenshotAsync("handoff-person-live")}");

            // The therapist ends; the bot says so to the person and the console shows it.
            await console.GetByRole(AriaRole.Button, new() { Name = "End conversation" }).ClickAsync();
            await person.WaitForBotMessageAsync(HandoffMessages.Ended("Alex"));
            await Assertions.Expect(console.Locator("#status")).ToHaveTextAsync("This conversation has ended.", new() { Timeout = ChatPage.TimeoutMs });
            await Assertions.Expect(console.GetByLabel("Message")).ToBeDisabledAsync();
            await Screenshot(console, "handoff-console-ended");
            output.WriteLine($"Screenshot: {await person.ScreenshotAsync("handoff-person-ended")}");
        }
        finally
        {
            await person.CloseAsync();
            await therapistChat.CloseAsync();
        }
    }

    private async Task Screenshot(IPage page, string name)
    {
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"Screenshot: {path}");
    }
}
