using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TrustBot.Dialogs.Welcome;

namespace TrustBot.Tests.Browser;

/// <summary>
/// One Web Chat on a page (or inside the widget's iframe) and what a person does with it. Selectors
/// follow botframework-webchat 4.18: transcript <c>.webchat__basic-transcript</c>, send box
/// <c>[data-id="webchat-sendbox-input"]</c>, suggested actions <c>.webchat__suggested-action</c>.
/// </summary>
public sealed class ChatPage
{
    /// <summary>Generous: the first load parses a 4 MB bundle on a busy 2-core machine.</summary>
    public static readonly float TimeoutMs = 30_000;

    private readonly ILocator _root;

    public ChatPage(IPage page, ILocator root)
    {
        Page = page;
        _root = root;
    }

    public IPage Page { get; }

    public ILocator Transcript => _root.Locator(".webchat__basic-transcript");

    public ILocator SendBox => _root.Locator("[data-id=\"webchat-sendbox-input\"]");

    public ILocator SuggestedActions => _root.Locator(".webchat__suggested-action");

    public ILocator UserBubbles => Transcript.Locator(".webchat__stacked-layout--from-user");

    /// <summary>
    /// The real bot's welcome as a person accepts it: consent to saving, then the country and time zone
    /// guessed from headless Chromium (en-US, UTC, so the United States); ends on the offer of a first check-in.
    /// </summary>
    public async Task AcceptWelcomeAsync()
    {
        await WaitForBotMessageAsync(WelcomeMessages.AskConsent);
        await ClickSuggestedActionExactAsync(WelcomeMessages.ConsentYes);
        await WaitForBotMessageAsync(WelcomeMessages.ConfirmCountry("United States"));
        await ClickSuggestedActionExactAsync(WelcomeMessages.ConfirmYes);
        await WaitForBotMessageAsync("Your time zone looks like");
        await ClickSuggestedActionExactAsync(WelcomeMessages.ConfirmYes);
        await WaitForBotMessageAsync(WelcomeMessages.OfferCheckIn);
    }

    public async Task SendTextAsync(string text)
    {
        await SendBox.WaitForAsync(new LocatorWaitForOptions { Timeout = TimeoutMs });
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
    }

    public async Task ClickSuggestedActionAsync(string title)
    {
        var button = SuggestedActions.Filter(new LocatorFilterOptions { HasText = title }).First;
        await button.WaitForAsync(new LocatorWaitForOptions { Timeout = TimeoutMs });
        await button.ClickAsync();
    }

    /// <summary>Clicks the suggested action titled exactly <paramref name="title"/> ("Yes" must not match "Yes, save them").</summary>
    public async Task ClickSuggestedActionExactAsync(string title)
    {
        var button = SuggestedActions.Filter(new LocatorFilterOptions { HasTextRegex = ExactText(title) }).First;
        await button.WaitForAsync(new LocatorWaitForOptions { Timeout = TimeoutMs });
        await button.ClickAsync();
    }

    /// <summary>The buttons Web Chat renders for cards (hero and Adaptive Cards) in the transcript.</summary>
    public ILocator CardButton(string title) =>
        Transcript.Locator("button.ac-pushButton").Filter(new LocatorFilterOptions { HasTextRegex = ExactText(title) });

    /// <summary>Waits until the transcript shows <paramref name="text"/> (scoped, last match: Web Chat also renders hidden "Bot said" labels).</summary>
    public Task WaitForTextAsync(string text) =>
        Assertions.Expect(Transcript.GetByText(text, new LocatorGetByTextOptions { Exact = false }).Last)
            .ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = TimeoutMs });

    /// <summary>Waits for the person's own bubble with <paramref name="text"/>, i.e. the server's echo arrived.</summary>
    public Task WaitForUserMessageAsync(string text) =>
        Assertions.Expect(UserBubbles.Filter(new LocatorFilterOptions { HasTextRegex = Typographic(text) }).Last)
            .ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = TimeoutMs });

    public Task WaitForBotMessageAsync(string text) =>
        Assertions.Expect(Transcript.Locator(".webchat__stacked-layout:not(.webchat__stacked-layout--from-user)")
                .Filter(new LocatorFilterOptions { HasTextRegex = Typographic(text) }).Last)
            .ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = TimeoutMs });

    /// <summary>Fails when any bubble says "Send failed" (the echo did not come back with the clientActivityID).</summary>
    public Task AssertNoSendFailedAsync() =>
        Assertions.Expect(_root.GetByText(new Regex("Send failed", RegexOptions.IgnoreCase))).ToHaveCountAsync(0);

    /// <summary>Waits until exactly <paramref name="count"/> messages show <paramref name="text"/> (for questions asked again in a later round).</summary>
    public Task WaitForTextCountAsync(string text, int count) =>
        Assertions.Expect(Transcript.Locator(".webchat__stacked-layout").Filter(new LocatorFilterOptions { HasTextRegex = Typographic(text) }))
            .ToHaveCountAsync(count, new LocatorAssertionsToHaveCountOptions { Timeout = TimeoutMs });

    public async Task<int> CountTextAsync(string text) =>
        await Transcript.Locator(".webchat__stacked-layout").Filter(new LocatorFilterOptions { HasTextRegex = Typographic(text) }).CountAsync();

    public async Task ReloadAsync()
    {
        await Page.ReloadAsync();
    }

    /// <summary>Waits until Web Chat no longer shows its "Connecting…" status (it shows it briefly while starting).</summary>
    public Task WaitForConnectedAsync() =>
        Assertions.Expect(_root.Locator(".webchat__connectivityStatus")).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = TimeoutMs });

    /// <summary>Saves a full-page PNG under <see cref="BrowserFixture.ScreenshotFolder"/> and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        await WaitForConnectedAsync();
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public Task CloseAsync() => Page.Context.CloseAsync();

    private static Regex ExactText(string text) => new("^\\s*" + Regex.Escape(text) + "\\s*$");

    /// <summary>
    /// Case-insensitive "contains" that also accepts curly quotes: Web Chat's markdown renderer turns
    /// the bot's ' and " into ’ and “ ”, so the texts the bot sends do not appear verbatim.
    /// </summary>
    private static Regex Typographic(string text) =>
        new(Regex.Escape(text).Replace("'", "['’]", StringComparison.Ordinal).Replace("\"", "[\"“”]", StringComparison.Ordinal), RegexOptions.IgnoreCase);
}
