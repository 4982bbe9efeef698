using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Modules;

/// <summary>
/// Handles inbound <c>event</c> activities of one name (an agent hub's <c>handoff.status</c>). The root
/// handler answers every event with 200, handled or not; a capability registers its own with
/// <see cref="BotModuleServiceCollectionExtensions.AddBotEventHandler{THandler}"/>.
/// </summary>
public interface IBotEventHandler
{
    /// <summary>The event's <c>name</c>, matched exactly.</summary>
    string EventName { get; }

    Task HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
