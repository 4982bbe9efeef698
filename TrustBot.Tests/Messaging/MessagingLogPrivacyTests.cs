using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.Messaging;

/// <summary>People tell this bot painful things: nothing they wrote, and no user id, may reach the logs.</summary>
public sealed class MessagingLogPrivacyTests
{
    private const string Secret = "I-feel-SECRET-42";

    [Fact]
    public async Task AcceptedRejectedAndFailedTurns_LogNoMessageTextOrUserId()
    {
        await using var connector = await StandInServer.StartAsync();
        connector.Responder = (request, number) => number == 2 ? new StandInResponse(500) : StandInServer.DefaultConnectorResponse(request, number);
        var logs = new CapturingLoggerProvider();
        await using var host = new TrustBotHostFactory()
            .WithBot(new ThrowingBot())
            .WithSetting("Logging:LogLevel:Default", "Trace")
            .WithServices(s => s.AddSingleton<ILoggerProvider>(logs));
        using var client = host.CreateClient();

        var statuses = new List<HttpStatusCode>();
        foreach (var body in new[]
        {
            Activities.TeamsMessage(connector.Url, text: Secret),
            Activities.TeamsMessage(connector.Url, text: "throw " + Secret, id: "2"),
            Activities.TeamsMessage(connector.Url, text: Secret, id: "3").Replace("\"channelId\"", "\"from\": 5, \"x\"", StringComparison.Ordinal),
            "{\"type\":\"message\",\"text\":\"" + Secret + "\"",
            Activities.TeamsMessage("https://remote.example/", text: Secret, id: "4"),
        })
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            statuses.Add((await client.PostAsync("/api/messages", content)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized], statuses);
        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, line => line.Contains("SECRET-42", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("29:user-1", StringComparison.Ordinal));
    }

    /// <summary>Echoes, and fails with the person's words in the exception message when asked to.</summary>
    private sealed class ThrowingBot : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            if (turnContext.Activity.Text?.StartsWith("throw", StringComparison.Ordinal) == true)
            {
                throw new InvalidOperationException("Could not handle " + turnContext.Activity.Text);
            }

            await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = "heard: " + turnContext.Activity.Text }, cancellationToken);
        }
    }
}
