using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Welcome;
using TrustBot.Tests.Browser;
using TrustBot.Tests.Hosting;
using Xunit.Abstractions;

namespace TrustBot.Tests.Teams;

/// <summary>
/// The Microsoft 365 Agents Playground's own Teams-like web UI in Debian's Chromium, against TrustBot on a real
/// port: opening the personal chat installs the app (installationUpdate, conversationUpdate), the welcome shows,
/// and a check-in goes on by clicking the suggested actions and the cards' choices as a Teams user would.
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

                // The welcome's questions are suggested actions: click them as a Teams user would.
                await ClickButtonAsync(page, WelcomeMessages.ConsentYes);
                await Assertions.Expect(page.GetByText(WelcomeMessages.ConsentGiven).First).ToBeVisibleAsync();
                await ClickButtonAsync(page, WelcomeMessages.ConfirmYes);
                await Assertions.Expect(page.GetByText("time zone", new PageGetByTextOptions { Exact = false }).Last).ToBeVisibleAsync();
                await ClickButtonAsync(page, WelcomeMessages.ConfirmYes);
                await Assertions.Expect(page.GetByText(WelcomeMessages.OfferCheckIn).Last).ToBeVisibleAsync();
                await ClickButtonAsync(page, WelcomeMessages.StartButton);

                // The check-in's questions arrive as cards: pick in the card, as in Teams.
                await ExpectCardAsync(page, CheckInMessages.AskFeeling);
                await ChooseInCardAsync(page, "Hurt");
                await ExpectCardAsync(page, "Which word fits");
                await ChooseInCardAsync(page, "Betrayed");
                await ExpectCardAsync(page, "betrayed, from 0");
                await ChooseInCardAsync(page, "7");
                await ExpectCardAsync(page, CheckInMessages.AskWho);

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

    private static async Task ClickButtonAsync(IPage page, string name) =>
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = name, Exact = true }).Last.ClickAsync();

    private static async Task ExpectCardAsync(IPage page, string question) =>
        await Assertions.Expect(page.GetByText(question, new PageGetByTextOptions { Exact = false }).Last).ToBeVisibleAsync();

    /// <summary>
    /// Clicks the option in the newest card: a card button (hero card or Adaptive Card action), or a choice
    /// (radio) followed by that Adaptive Card's own submit button.
    /// </summary>
    private static async Task ChooseInCardAsync(IPage page, string option)
    {
        var card = page.Locator(".ac-adaptiveCard").Last;
        var choice = card.GetByRole(AriaRole.Radio, new LocatorGetByRoleOptions { Name = option, Exact = true });
        if (await choice.CountAsync() > 0)
        {
            await choice.CheckAsync();
            await card.GetByRole(AriaRole.Button).Last.ClickAsync();
        }
        else
        {
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = option, Exact = true }).Last.ClickAsync();
        }

        // Teams shows the choice as the person's own message.
        await Assertions.Expect(page.GetByText(option, new PageGetByTextOptions { Exact = true }).Last).ToBeVisibleAsync();
    }
}
