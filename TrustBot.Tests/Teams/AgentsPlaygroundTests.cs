using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Welcome;
using TrustBot.Tests.Hosting;
using Xunit.Abstractions;

namespace TrustBot.Tests.Teams;

/// <summary>
/// End to end with the real Microsoft 365 Agents Playground (a Teams client emulator from npm) talking to
/// TrustBot on a real Kestrel port: install, welcome and consent, a full check-in, the summary card.
/// It asserts what a Teams user would see in the personal chat.
/// </summary>
[Collection(TeamsNodeCollection.Name)]
public sealed class AgentsPlaygroundTests
{
    private readonly TeamsNodePackages _installation;
    private readonly ITestOutputHelper _output;

    public AgentsPlaygroundTests(TeamsNodePackages installation, ITestOutputHelper output)
    {
        _installation = installation;
        _output = output;
    }

    [Theory]
    [InlineData("default")]
    [InlineData("expectReplies")]
    public async Task InstallWelcomeAndFullCheckIn_ShowTeamsPromptsCardsAndSummary(string deliveryMode)
    {
        var watch = Stopwatch.StartNew();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var ct = cancel.Token;
        var workFolder = Directory.CreateTempSubdirectory("trustbot-playground-").FullName;
        PlaygroundProcess? playground = null;
        try
        {
            await using var bot = new TrustBotHostFactory()
                .WithSqliteStorage()
                .WithSetting("urls", "http://127.0.0.1:0");
            bot.UseKestrel();
            bot.StartServer();
            var botAddress = bot.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();

            playground = await PlaygroundProcess.StartAsync(_installation.CliPath, new Uri(new Uri(botAddress), "/api/messages"), deliveryMode, workFolder);
            var started = watch.Elapsed;
            await using var teams = await PlaygroundClient.ConnectAsync(playground.BaseAddress, ct);

            await WalkAsync(teams, ct);

            // The replies really took the chosen path (its log records each activity it sent the bot).
            var log = await File.ReadAllTextAsync(playground.LogFile, ct);
            Assert.Equal(deliveryMode == "expectReplies", log.Contains("\"deliveryMode\":\"expectReplies\"", StringComparison.Ordinal));

            _output.WriteLine($"Delivery mode {deliveryMode}: Playground started after {started.TotalSeconds:0.0} s; whole test {watch.Elapsed.TotalSeconds:0.0} s; {teams.Transcript.Count} bot messages.");
        }
        catch (Exception) when (playground is not null)
        {
            _output.WriteLine("Agents Playground output:\n" + playground.Output);
            if (File.Exists(playground.LogFile))
            {
                _output.WriteLine("Agents Playground log (tail):\n" + Tail(await File.ReadAllTextAsync(playground.LogFile, ct), 8000));
            }

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

    private static async Task WalkAsync(PlaygroundClient teams, CancellationToken ct)
    {
        // Adding the app: Teams sends installationUpdate and conversationUpdate; the welcome must come once.
        await teams.InstallAsync(ct);
        var welcome = await teams.ReadUntilAsync(m => m.SuggestedActions.Count > 0, "the welcome's consent question", ct);
        Assert.Contains(welcome, m => m.Text?.Contains("I'm TrustBot", StringComparison.Ordinal) == true);
        Assert.Contains(welcome, m => m.Text?.Contains("not a therapist", StringComparison.Ordinal) == true);
        Assert.Equal([WelcomeMessages.ConsentYes, WelcomeMessages.ConsentNo], welcome[^1].SuggestedActions);

        // Two choices: suggested actions in a personal chat, tapping one sends its title as text.
        await teams.SendAsync(WelcomeMessages.ConsentYes, ct);
        var country = await teams.ReadUntilAsync(m => m.SuggestedActions.Count > 0, "the country question", ct);
        Assert.Contains(country, m => m.Text == WelcomeMessages.ConsentGiven);
        Assert.Contains("United States", country[^1].Text, StringComparison.Ordinal);
        Assert.Equal([WelcomeMessages.ConfirmYes, WelcomeMessages.ConfirmNo], country[^1].SuggestedActions);

        await teams.SendAsync("yes", ct);
        var zone = await teams.ReadUntilAsync(m => m.SuggestedActions.Count > 0, "the time zone question", ct);
        Assert.Contains("time zone", zone[^1].Text, StringComparison.Ordinal);

        await teams.SendAsync("yes", ct);
        var offer = await teams.ReadUntilAsync(m => m.SuggestedActions.Count > 0, "the offer of a first check-in", ct);
        Assert.Equal(WelcomeMessages.OfferCheckIn, offer[^1].Text);
        Assert.Equal([WelcomeMessages.StartButton, WelcomeMessages.NotNowButton], offer[^1].SuggestedActions);

        // More than three choices: Teams gets the question inside a hero card (up to six buttons, Teams' limit)
        // or an Adaptive Card choice set beyond that; typing an option's title works like choosing it.
        await teams.SendAsync(WelcomeMessages.StartButton, ct);
        var feelings = await PromptWithCardAsync(teams, CheckInMessages.AskFeeling, ct);
        Assert.Equal(9, feelings.Count);
        Assert.Equal("Sad", feelings[0]);
        Assert.Contains("Hurt", feelings);
        Assert.Equal("Something else", feelings[^1]);

        // Typing a button's title works like tapping it.
        await teams.SendAsync("Hurt", ct);
        Assert.Contains("Betrayed", await PromptWithCardAsync(teams, "Which word fits", ct));

        await teams.SendAsync("Betrayed", ct);
        var scale = await PromptWithCardAsync(teams, "betrayed, from 0", ct);
        Assert.Equal([.. Enumerable.Range(0, 11).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))], scale);

        await teams.SendAsync("7", ct);
        Assert.Contains("Partner", await PromptWithCardAsync(teams, CheckInMessages.AskWho, ct));

        await teams.SendAsync("Partner", ct);
        var triggers = await PromptWithCardAsync(teams, CheckInMessages.AskWhat, ct);
        Assert.Contains("No reply / on read", triggers);

        // Free-text questions offer one suggested action, Skip.
        await teams.SendAsync("No reply / on read", ct);
        await ExpectSkippableQuestionAsync(teams, CheckInMessages.AskThought, ct);
        await teams.SendAsync("He's losing interest in me.", ct);
        await ExpectSkippableQuestionAsync(teams, CheckInMessages.AskEvidenceFor, ct);
        await teams.SendAsync("He took five hours to answer", ct);
        await ExpectSkippableQuestionAsync(teams, CheckInMessages.AskEvidenceAgainst, ct);
        await teams.SendAsync("He told me he had back-to-back meetings", ct);
        var reframe = await ExpectSkippableQuestionAsync(teams, CheckInMessages.AskBalanced, ct);
        Assert.Contains(reframe, m => m.Text?.Contains("I'm having the thought that he's losing interest in me.", StringComparison.Ordinal) == true);

        await teams.SendAsync("He might just be busy today", ct);
        var actions = await PromptWithCardAsync(teams, "three small steps", ct);
        Assert.Equal(4, actions.Count);
        Assert.Equal(CheckInMessages.OwnIdeaButton, actions[^1]);

        await teams.SendAsync(actions[0], ct);
        Assert.Contains("Tomorrow", await PromptWithCardAsync(teams, CheckInMessages.AskWhen, ct));

        await teams.SendAsync("Tomorrow", ct);
        await PromptWithCardAsync(teams, CheckInMessages.AskReRate, ct);

        // The close: the change, the summary as an Adaptive Card, the saved note.
        await teams.SendAsync("4", ct);
        var close = await teams.ReadUntilAsync(m => m.Text?.Contains(CheckInMessages.SavedNote, StringComparison.Ordinal) == true, "the saved note", ct);
        Assert.Contains(close, m => m.Text?.Contains("from 7 to 4", StringComparison.Ordinal) == true);
        var card = Assert.Single(close.SelectMany(m => m.AdaptiveCards));
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        var facts = card.GetProperty("body").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "FactSet")
            .SelectMany(e => e.GetProperty("facts").EnumerateArray())
            .ToDictionary(f => f.GetProperty("title").GetString()!, f => f.GetProperty("value").GetString()!);
        Assert.Equal("betrayed", facts["Feeling"]);
        Assert.StartsWith("7 → 4", facts["Intensity"], StringComparison.Ordinal);
        Assert.Equal("Partner", facts["With"]);
        Assert.Equal("He's losing interest in me.", facts["The thought"]);
        Assert.Equal("He might just be busy today", facts["A kinder view"]);
        Assert.Equal(actions[0], facts["Small step"]);

        // Install sent two events; the person was greeted once.
        Assert.Single(teams.Transcript, m => m.Text?.Contains("I'm TrustBot", StringComparison.Ordinal) == true);
    }

    /// <summary>
    /// A question asked in one card (no suggested actions, no separate text bubble): a hero card with at most
    /// six buttons, or a choice set for more. Returns the options.
    /// </summary>
    private static async Task<IReadOnlyList<string>> PromptWithCardAsync(PlaygroundClient teams, string question, CancellationToken ct)
    {
        var turn = await teams.ReadUntilAsync(m => m.HeroCards.Count > 0 || m.ChoiceSetOptions.Count > 0, $"a card asking \"{question}\"", ct);
        var card = turn[^1];
        Assert.Contains(card.CardTexts, t => t.Contains(question, StringComparison.Ordinal));
        Assert.All(turn, m => Assert.Empty(m.SuggestedActions));
        if (card.HeroCards.Count > 0)
        {
            Assert.InRange(card.HeroButtons.Count, 1, 6);
            return card.HeroButtons;
        }

        return card.ChoiceSetOptions;
    }

    private static async Task<IReadOnlyList<PlaygroundMessage>> ExpectSkippableQuestionAsync(PlaygroundClient teams, string question, CancellationToken ct)
    {
        var turn = await teams.ReadUntilAsync(m => m.SuggestedActions.Count > 0, $"\"{question}\" with a Skip suggestion", ct);
        Assert.Equal(question, turn[^1].Text);
        Assert.Equal([CheckInMessages.SkipButton], turn[^1].SuggestedActions);
        return turn;
    }

    private static string Tail(string text, int length) => text.Length <= length ? text : text[^length..];
}
