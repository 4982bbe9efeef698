using Microsoft.Extensions.Logging;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.Turns;

/// <summary>
/// Runs turns: builds the turn context, runs the middleware pipeline and the bot, serialises turns
/// per conversation and per person, and turns a failure into a friendly apology instead of a crash.
/// Transport (Connector REST, expectReplies, Direct Line) is the caller's <see cref="IActivitySender"/>.
/// </summary>
public sealed partial class BotAdapter
{
    private readonly IBot _bot;
    private readonly List<IMiddleware> _middleware;
    private readonly TimeProvider _time;
    private readonly ILogger<BotAdapter> _logger;
    private readonly KeyedAsyncLock _locks = new();

    public BotAdapter(IBot bot, IEnumerable<IMiddleware> middleware, TimeProvider time, ILogger<BotAdapter> logger)
    {
        _bot = bot;
        _middleware = middleware.ToList();
        _time = time;
        _logger = logger;
    }

    /// <summary>Sent when a turn fails; the failed turn's state changes are discarded.</summary>
    public const string ErrorReplyText = "Sorry, something went wrong on my side. Could you say that again?";

    /// <summary>Processes one inbound activity. Returns the invoke response for <c>invoke</c> activities.</summary>
    public async Task<InvokeResponse?> ProcessActivityAsync(Activity activity, IActivitySender sender, CancellationToken cancellationToken)
    {
        var context = new TurnContext(activity, sender, _time);
        await RunSerializedAsync(context, _bot.OnTurnAsync, cancellationToken);
        if (activity.Type == ActivityTypes.Invoke)
        {
            return context.TurnState.Get<InvokeResponse>() ?? new InvokeResponse(501, null);
        }

        return null;
    }

    /// <summary>
    /// Runs <paramref name="callback"/> in a proactive turn for a stored conversation (scheduled
    /// check-ins, therapist messages): a synthetic <c>event</c> activity addressed from the reference.
    /// </summary>
    public Task ContinueConversationAsync(
        ConversationReference reference,
        Func<ITurnContext, CancellationToken, Task> callback,
        IActivitySender sender,
        CancellationToken cancellationToken)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Event,
            Name = "ContinueConversation",
            ChannelId = reference.ChannelId,
            ServiceUrl = reference.ServiceUrl,
            Conversation = reference.Conversation,
            From = reference.User,
            Recipient = reference.Bot,
            Locale = reference.Locale,
            Timestamp = _time.GetUtcNow(),
        };
        var context = new TurnContext(activity, sender, _time);
        return RunSerializedAsync(context, callback, cancellationToken);
    }

    private async Task RunSerializedAsync(TurnContext context, Func<ITurnContext, CancellationToken, Task> handler, CancellationToken cancellationToken)
    {
        await using var held = await _locks.AcquireAsync(LockKeys(context.Activity), cancellationToken);
        try
        {
            await RunPipelineAsync(context, 0, handler, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A turn failure must never take the host down; the person gets an apology.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // Exception messages can quote what the person typed, so only the type and stack are logged.
            LogTurnFailed(_logger, context.Activity.Type, ex.GetType().Name, ex.StackTrace);
            if (context.Activity.Type == ActivityTypes.Message)
            {
                try
                {
                    await context.SendActivityAsync(MessageFactory.Text(ErrorReplyText), cancellationToken);
                }
#pragma warning disable CA1031 // The channel itself may be what failed.
                catch (Exception sendError)
#pragma warning restore CA1031
                {
                    LogApologyFailed(_logger, sendError.GetType().Name);
                }
            }
        }
    }

    private Task RunPipelineAsync(ITurnContext context, int index, Func<ITurnContext, CancellationToken, Task> handler, CancellationToken cancellationToken)
    {
        if (index == _middleware.Count)
        {
            return handler(context, cancellationToken);
        }

        return _middleware[index].OnTurnAsync(context, ct => RunPipelineAsync(context, index + 1, handler, ct), cancellationToken);
    }

    private static IEnumerable<string> LockKeys(Activity activity)
    {
        var channel = activity.ChannelId ?? string.Empty;
        if (activity.Conversation?.Id is { } conversationId)
        {
            yield return $"{channel}/conversations/{conversationId}";
        }

        if (activity.From?.Id is { } userId)
        {
            yield return $"{channel}/users/{userId}";
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for a {ActivityType} activity ({ExceptionType}) at {StackTrace}")]
    private static partial void LogTurnFailed(ILogger logger, string? activityType, string exceptionType, string? stackTrace);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send the apology after a failed turn ({ExceptionType}).")]
    private static partial void LogApologyFailed(ILogger logger, string exceptionType);
}
