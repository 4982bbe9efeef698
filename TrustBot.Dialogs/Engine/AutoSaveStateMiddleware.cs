using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Engine;

/// <summary>
/// Loads state before the turn and saves it, in one write, after a turn that completed; a failed turn
/// saves nothing. The same write records the activity id (and an invoke's response), so a
/// redelivered activity is acknowledged without running again, even after a restart.
/// </summary>
public sealed partial class AutoSaveStateMiddleware : IMiddleware
{
    private readonly ConversationState _conversationState;
    private readonly UserState _userState;
    private readonly StatePropertyAccessor<ProcessedActivities> _processed;
    private readonly TimeProvider _time;
    private readonly ProcessedActivityOptions _options;
    private readonly ILogger _logger;

    public AutoSaveStateMiddleware(
        ConversationState conversationState,
        UserState userState,
        TimeProvider? time = null,
        IOptions<ProcessedActivityOptions>? options = null,
        ILogger<AutoSaveStateMiddleware>? logger = null)
    {
        _conversationState = conversationState;
        _userState = userState;
        _processed = conversationState.CreateProperty<ProcessedActivities>("processedActivities");
        _time = time ?? TimeProvider.System;
        _options = options?.Value ?? new ProcessedActivityOptions();
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        await _conversationState.LoadAsync(turnContext, cancellationToken);
        await _userState.LoadAsync(turnContext, cancellationToken);

        // Proactive turns (no id) and activities without a conversation key are not deduplicated.
        var id = turnContext.Activity.Id;
        var tracked = !string.IsNullOrEmpty(id) && _conversationState.GetStorageKey(turnContext) is not null;
        if (tracked && _processed.Get(turnContext).Find(id!, _time.GetUtcNow(), _options.Window) is { } earlier)
        {
            LogDuplicate(_logger, turnContext.Activity.Type);
            if (earlier.InvokeStatus is { } status)
            {
                turnContext.TurnState.Set(new InvokeResponse(status, earlier.InvokeBody?.DeepClone()));
            }

            return;
        }

        await next(cancellationToken);

        if (tracked)
        {
            var invoke = turnContext.Activity.Type == ActivityTypes.Invoke ? turnContext.TurnState.Get<InvokeResponse>() : null;
            var now = _time.GetUtcNow();
            _processed.Get(turnContext).Add(
                new ProcessedActivity { Id = id!, ProcessedAt = now, InvokeStatus = invoke?.Status, InvokeBody = invoke?.Body?.DeepClone() },
                now,
                _options);
        }

        await BotState.SaveAllChangesAsync(_conversationState.Storage, [_userState, _conversationState], turnContext, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped a repeated {ActivityType} activity (channel retry).")]
    private static partial void LogDuplicate(ILogger logger, string? activityType);
}
