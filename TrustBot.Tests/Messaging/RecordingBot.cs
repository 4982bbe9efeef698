using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Tests.Messaging;

/// <summary>A stand-in for the real bot: records the activities it got, echoes messages, welcomes on conversationUpdate, answers invokes.</summary>
public sealed class RecordingBot : IBot
{
    public ConcurrentQueue<Activity> Received { get; } = new();

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        Received.Enqueue(activity);
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await turnContext.SendTextAsync($"echo: {activity.Text}", cancellationToken);
                if (activity.Text == "two")
                {
                    await turnContext.SendTextAsync("second", cancellationToken);
                }

                break;
            case ActivityTypes.ConversationUpdate:
                await turnContext.SendTextAsync("welcome", cancellationToken);
                break;
            case ActivityTypes.Invoke:
                turnContext.TurnState.Set(new InvokeResponse(200, new JsonObject { ["statusCode"] = 200, ["value"] = activity.Name }));
                break;
        }
    }
}
