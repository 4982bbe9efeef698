using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.Turns;

/// <summary>One inbound activity and the means to answer it.</summary>
public interface ITurnContext
{
    /// <summary>The activity that started this turn.</summary>
    Activity Activity { get; }

    /// <summary>True once anything has been sent in this turn.</summary>
    bool Responded { get; }

    /// <summary>Per-turn values shared by middleware, the bot and dialogs (cached state, safety results).</summary>
    TurnStateCollection TurnState { get; }

    /// <summary>The clock for this turn.</summary>
    TimeProvider Time { get; }

    /// <summary>Sends an activity, filling addressing fields from the inbound activity where unset.</summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces a sent activity (Teams updates cards in place).</summary>
    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Deletes a sent activity.</summary>
    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken);
}
