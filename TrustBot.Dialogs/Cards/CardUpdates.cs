using System.Text.Json.Nodes;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Cards;

/// <summary>
/// Replaces a question card once it is answered or has passed, so it shows what happened and has nothing
/// left to press: through the invoke response for an <c>Action.Execute</c>, else (Teams only, which edits
/// messages in place) with updateActivity on the card's message. Web Chat hides its suggested actions by
/// itself once the next message arrives; expectReplies has no connector to call.
/// </summary>
public static class CardUpdates
{
    public static bool CanUpdateInPlace(Activity incoming) =>
        incoming.ChannelId == ChannelIds.MsTeams && incoming.DeliveryMode != DeliveryModes.ExpectReplies;

    /// <summary>Shows <paramref name="card"/> in place of the card sent as <paramref name="cardActivityId"/>.</summary>
    public static async Task ReplaceAsync(ITurnContext turn, string? cardActivityId, JsonObject card, CancellationToken cancellationToken)
    {
        if (turn.TurnState.Get<CardActionTurn>() is { } execute)
        {
            execute.RefreshedCard = card;
            return;
        }

        if (string.IsNullOrEmpty(cardActivityId) || !CanUpdateInPlace(turn.Activity))
        {
            return;
        }

        var update = new Activity
        {
            Type = ActivityTypes.Message,
            Id = cardActivityId,
            Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = card }],
        };
        try
        {
            await turn.UpdateActivityAsync(update, cancellationToken);
        }
#pragma warning disable CA1031 // The answer stands even if the old card cannot be edited (deleted, too old): it is cosmetic.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            turn.TurnState.Get<DialogLog>()?.CardUpdateFailed(ex.GetType().Name);
        }
    }
}
