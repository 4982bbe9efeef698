using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;
using TrustBot.Dialogs.Turns;
using TrustBot.Tests.DirectLine;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.Browser;

/// <summary>
/// Runs the app on a real port and drives Debian's Chromium (<c>/usr/bin/chromium</c>, never a
/// downloaded browser) through Playwright. By default the bot is <see cref="SuggestingTestBot"/>;
/// a subclass can keep the real bot with <see cref="UseTestBot"/> = false or add services.
/// Each <see cref="OpenChatAsync"/> gets a fresh browser context (its own localStorage).
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private TrustBotHostFactory? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    /// <summary>Where screenshots go: <c>{test output}/artifacts/screenshots</c>.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    /// <summary>Replace the bot with <see cref="SuggestingTestBot"/> (suggested actions on every turn).</summary>
    protected virtual bool UseTestBot => true;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Browser tests need Debian's Chromium at {ChromiumPath}. Install it with: apt-get update && apt-get install -y chromium");
        }

        _app = TrustBotHostFactory.ForBrowser().WithServices(ConfigureServices);
        BaseAddress = _app.BaseAddress;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>Opens <paramref name="path"/> (the chat page by default) in a fresh context; <c>webSocket: false</c> adds <c>?ws=0</c>.</summary>
    public async Task<ChatPage> OpenChatAsync(string path = "/", bool webSocket = true)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "en-US",
            ViewportSize = new ViewportSize { Width = 1000, Height = 800 },
            ReducedMotion = ReducedMotion.Reduce,
        });
        var page = await context.NewPageAsync();
        var url = webSocket ? path : path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "ws=0";
        await page.GotoAsync(url);
        return new ChatPage(page, page.Locator(":root"));
    }

    /// <summary>Opens the sample host page, clicks the floating button and returns the chat inside the widget's iframe.</summary>
    public async Task<ChatPage> OpenWidgetAsync(bool webSocket = true)
    {
        var host = await OpenChatAsync("/sample-host.html", webSocket);
        await host.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Chat with TrustBot" }).ClickAsync();
        var frame = host.Page.FrameLocator("iframe[title='Chat with TrustBot']");
        return new ChatPage(host.Page, frame.Locator(":root"));
    }

    protected virtual void ConfigureServices(IServiceCollection services)
    {
        if (UseTestBot)
        {
            services.RemoveAll<IBot>();
            services.AddSingleton<IBot, SuggestingTestBot>();
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
