using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TrustBot.Dialogs.Cards;
using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Welcome;
using TrustBot.Tests.Browser;
using TrustBot.Tests.Hosting;
using Xunit.Abstractions;

namespace TrustBot.Tests.Teams;

/// <summary>
/// The Microsoft 365 Agents Playground's own Teams-like web UI in Debian's Chromium, against TrustBot on a real
/// port: opening the personal chat installs the app (installationUpdate, conversationUpdate), the welcome shows,
/// and a whole check-in to the summary goes on by pressing suggested actions and answering the cards as a Teams user would.
/// The Playground runs offline from node_modules with no credentials; it sends no token, so the bot runs anonymous.
/// A screenshot of the chat is saved as artifacts/screenshots/agents-playground-checkin.png in the test output.
/// </summary>
[Collection(TeamsNodeCollection.Name)]
public sealed class AgentsPlaygroundBrowserTests
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly TeamsNodePackages _installation;
    private readonly ITestOutputHelper _output;

    public AgentsPlaygroundBrowserTests(TeamsNodePackages installation, ITestOutputHelper output)
    {
        _installation = installation;
        _output = output;
    }

    [Fact]
    public async Task PlaygroundUi_InstallShowsTheWelcomeAndACheckInGoesOnByClickingCards()
    {
        Assert.True(File.Exists(BrowserFixture.ChromiumPath), $"Browser tests need Debian's Chromium at {BrowserFixture.ChromiumPath} (apt-get install chromium).");
        var workFolder = Directory.CreateTempSubdirectory("trustbot-playground-ui-").FullName;
        PlaygroundProcess? playground = null;
        try
        {
            await using var bot = new TrustBotHostFactory().WithSetting("urls", "http://127.0.0.1:0");
            bot.UseKestrel();
            bot.StartServer();
            var botAddress = bot.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            playground = await PlaygroundProcess.StartAsync(_installation.CliPath, new Uri(new Uri(botAddress), "/api/messages"), "default", workFolder);

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = BrowserFixture.ChromiumPath, Headless = true, Args = ChromiumArgs });
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 }, Locale = "en-US" });
            page.SetDefaultTimeout(30_000);
            page.SetDefaultNavigationTimeout(90_000);
            Assertions.SetDefaultExpectTimeout(30_000);

            // The UI asks an Office CDN for web fonts and a worklet (cosmetic); with no network those requests
            // hang and hold the load event, so anything not on this machine is refused at once.
            await page.RouteAsync(url => !IsLocal(url), route => route.AbortAsync());
            await page.GotoAsync(playground.BaseAddress.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });

            try
            {
                // Opening the personal chat is the install: the Playground logs both activities it sent and the bot's welcome shows.
                var logPanel = page.GetByText("Log Panel", new PageGetByTextOptions { Exact = true });
                await Assertions.Expect(logPanel).ToBeVisibleAsync();
                await Assertions.Expect(page.GetByText("installationUpdate 200").First).ToBeVisibleAsync();
                await Assertions.Expect(page.GetByText("I'm TrustBot", new PageGetByTextOptions { Exact = false }).First).ToBeVisibleAsync();
                await Assertions.Expect(page.GetByText("not a therapist", new PageGetByTextOptions { Exact = false }).First).ToBeVisibleAsync();

                // The welcome's questions are suggested actions: two of them offer "Yes", so each press waits for
                // its own question and presses the button in that newest message, never an earlier one.
                await AnswerSuggestedActionAsync(page, WelcomeMessages.AskConsent, WelcomeMessages.ConsentYes);
                await AnswerSuggestedActionAsync(page, WelcomeMessages.ConfirmCountry("United States"), WelcomeMessages.ConfirmYes);
                await AnswerSuggestedActionAsync(page, "Your time zone looks like", WelcomeMessages.ConfirmYes);
                await AnswerSuggestedActionAsync(page, WelcomeMessages.OfferCheckIn, WelcomeMessages.StartButton);

                // The check-in's questions arrive as Adaptive Cards: pick in the card's choice set, press its Send
                // (Action.Execute), and the card is replaced in place by the question with the answer ticked.
                await AnswerCardAsync(page, CheckInMessages.AskFeeling, "Hurt");
                await AnswerCardAsync(page, "Which word fits \"hurt\"", "Betrayed");
                await AnswerCardAsync(page, "How strong is the feeling of being betrayed", "7");
                await AnswerCardAsync(page, CheckInMessages.AskWho, "Partner");
                await AnswerCardAsync(page, "What happened?", "No reply / on read");

                // Free-text questions are answered in the compose box, each once its own question shows.
                await TypeAnswerAsync(page, CheckInMessages.AskThought, "He's losing interest in me.");
                await TypeAnswerAsync(page, CheckInMessages.AskEvidenceFor, "He took five hours to answer");
                await TypeAnswerAsync(page, CheckInMessages.AskEvidenceAgainst, "He told me he had back-to-back meetings");
                await TypeAnswerAsync(page, CheckInMessages.AskBalanced, "He might just be busy today");
                await AnswerCardAsync(page, CheckInMessages.OfferActionsLead, CheckInMessages.OwnIdeaButton);
                await TypeAnswerAsync(page, CheckInMessages.AskOwnIdea, "Ask him how his day went");
                await AnswerCardAsync(page, CheckInMessages.AskWhen, "Tomorrow");
                await AnswerCardAsync(page, "Last question: how strong", "4");

                // The close: the change in words, the summary card with the person's own step, the saved note.
                await Assertions.Expect(page.GetByText(CheckInMessages.SavedNote, new PageGetByTextOptions { Exact = false }).Last).ToBeVisibleAsync();
                await Assertions.Expect(page.GetByText("from 7 to 4", new PageGetByTextOptions { Exact = false }).Last).ToBeVisibleAsync();
                var summary = page.Locator(".ac-adaptiveCard").Filter(new LocatorFilterOptions { HasText = "He might just be busy today" }).Last;
                await Assertions.Expect(summary.GetByText("Ask him how his day went", new LocatorGetByTextOptions { Exact = false })).ToBeVisibleAsync();
                await summary.ScrollIntoViewIfNeededAsync();

                Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
                var screenshot = Path.Combine(BrowserFixture.ScreenshotFolder, "agents-playground-checkin.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
                _output.WriteLine("Screenshot: " + screenshot);
            }
            catch (Exception)
            {
                Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "agents-playground-failure.png") });
                throw;
            }
        }
        catch (Exception) when (playground is not null)
        {
            _output.WriteLine("Agents Playground output:\n" + playground.Output);
            throw;
        }
        finally
        {
            if (playground is not null)
            {
                await playground.DisposeAsync();
            }

            Directory.Delete(workFolder, recursive: true);
        }
    }

    private static bool IsLocal(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Scheme is "data" or "blob");

    /// <summary>
    /// Waits for the newest bot message holding <paramref name="question"/> and presses its suggested action
    /// <paramref name="button"/>: the nearest enclosing element of that text which holds such a button, so an
    /// earlier question's button of the same name is never the one pressed.
    /// </summary>
    private static async Task AnswerSuggestedActionAsync(IPage page, string question, string button)
    {
        var text = page.GetByText(question, new PageGetByTextOptions { Exact = false }).Last;
        await Assertions.Expect(text).ToBeVisibleAsync();
        var message = text.Locator($"xpath=ancestor::*[.//button[normalize-space(.)={XPathLiteral(button)}]][1]");
        var press = message.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = button, Exact = true }).Last;
        await press.ClickAsync();

        // The press is sent as the person's own message.
        await Assertions.Expect(page.GetByText(button, new PageGetByTextOptions { Exact = true }).Last).ToBeVisibleAsync();
    }

    /// <summary>The newest Adaptive Card that holds the question (asked or already answered).</summary>
    private static ILocator QuestionCard(IPage page, string question) =>
        page.Locator(".ac-adaptiveCard").Filter(new LocatorFilterOptions { HasText = question }).Last;

    /// <summary>
    /// Picks <paramref name="option"/> in the question card's choice set (radio buttons, or the compact
    /// "Pick a number" list), presses the card's own Send button, and waits for the in-place update.
    /// </summary>
    private static async Task AnswerCardAsync(IPage page, string question, string option)
    {
        var card = QuestionCard(page, question);
        var send = card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = PromptCards.SendTitle, Exact = true });
        await Assertions.Expect(send).ToBeVisibleAsync();

        var radio = card.GetByRole(AriaRole.Radio, new LocatorGetByRoleOptions { Name = option, Exact = true });
        if (await radio.CountAsync() > 0)
        {
            await radio.CheckAsync();
        }
        else if (await card.Locator("select").CountAsync() > 0)
        {
            await card.Locator("select").SelectOptionAsync(new SelectOptionValue { Label = option });
        }
        else
        {
            await card.GetByRole(AriaRole.Combobox).ClickAsync();
            await page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = option, Exact = true }).ClickAsync();
        }

        await send.ClickAsync();

        // Answered in place: the same card now shows the choice ticked and nothing left to press.
        await Assertions.Expect(card.GetByText("✓ " + option, new LocatorGetByTextOptions { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(send).ToHaveCountAsync(0);
    }

    /// <summary>Waits for the newest <paramref name="question"/>, then types the answer and sends it with Enter.</summary>
    private static async Task TypeAnswerAsync(IPage page, string question, string answer)
    {
        await Assertions.Expect(page.GetByText(question, new PageGetByTextOptions { Exact = false }).Last).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Textbox).Last.ClickAsync();
        await page.Keyboard.TypeAsync(answer);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByText(answer, new PageGetByTextOptions { Exact = true }).Last).ToBeVisibleAsync();
    }

    private static string XPathLiteral(string value) =>
        value.Contains('\'', StringComparison.Ordinal) ? $"\"{value}\"" : $"'{value}'";
}
