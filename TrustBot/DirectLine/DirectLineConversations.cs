using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.DirectLine;

/// <summary>
/// The embedded Direct Line channel: starts conversations, takes the person's activities (stored and
/// echoed before the bot answers, as Web Chat requires), runs the bot in-process through
/// <see cref="BotAdapter"/>, and lets other features (scheduled check-ins, "my data") reach website
/// conversations: <see cref="SendProactiveAsync"/>, <see cref="ContinueConversationAsync"/>,
/// <see cref="CreateSender"/>, <see cref="ExportByUserAsync"/>, <see cref="DeleteByUserAsync"/>.
/// </summary>
public sealed partial class DirectLineConversations
{
    /// <summary>
    /// The serviceUrl stamped on website activities. It is not an HTTP endpoint: replies are delivered
    /// in-process, so proactive senders recognise website conversations by it (see <see cref="Owns"/>).
    /// </summary>
    public const string ServiceUrl = "urn:trustbot:directline";

    /// <summary>Prefix of website user ids, as Azure's enhanced authentication requires.</summary>
    public const string UserIdPrefix = "dl_";

    private readonly DirectLineStore _store;
    private readonly DirectLineStreamHub _hub;
    private readonly BotAdapter _adapter;
    private readonly TimeProvider _time;
    private readonly DirectLineOptions _options;
    private readonly ILogger<DirectLineConversations> _logger;

    public DirectLineConversations(
        DirectLineStore store,
        DirectLineStreamHub hub,
        BotAdapter adapter,
        TimeProvider time,
        IOptions<DirectLineOptions> options,
        ILogger<DirectLineConversations> logger)
    {
        _store = store;
        _hub = hub;
        _adapter = adapter;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>The bot's account on this channel.</summary>
    public ChannelAccount BotAccount => new() { Id = _options.BotId, Name = _options.BotName, Role = "bot" };

    /// <summary>True when a stored reference points at a website conversation served by this process.</summary>
    public static bool Owns(ConversationReference reference) =>
        reference.ChannelId == ChannelIds.DirectLine && reference.ServiceUrl == ServiceUrl;

    /// <summary>A fresh, unguessable conversation id.</summary>
    public static string NewConversationId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public Task<StoredConversation?> GetAsync(string conversationId, CancellationToken cancellationToken) =>
        _store.GetConversationAsync(conversationId, cancellationToken);

    /// <summary>
    /// Starts the conversation and lets the bot welcome the person (conversationUpdate with the bot and
    /// the person in membersAdded). Returns false, doing nothing, when it had already started.
    /// </summary>
    public async Task<bool> StartAsync(string conversationId, string userId, string? locale, CancellationToken cancellationToken)
    {
        if (!await _store.TryCreateConversationAsync(conversationId, userId, _time.GetUtcNow(), cancellationToken))
        {
            return false;
        }

        LogStarted(_logger);
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = $"{conversationId}|start",
            Timestamp = _time.GetUtcNow(),
            ChannelId = ChannelIds.DirectLine,
            ServiceUrl = ServiceUrl,
            Conversation = new ConversationAccount { Id = conversationId },
            From = new ChannelAccount { Id = userId, Role = "user" },
            Recipient = BotAccount,
            MembersAdded = [BotAccount, new ChannelAccount { Id = userId, Role = "user" }],
            Locale = locale,
        };
        await RunTurnAsync(update, cancellationToken);
        return true;
    }

    /// <summary>
    /// Takes one activity from the person: stamps it as Direct Line does (id, timestamp, conversation,
    /// channel, recipient; <c>from.id</c> forced to <paramref name="userId"/>; channelData kept verbatim),
    /// stores and pushes it (the echo), then runs the bot. Typing is accepted but neither stored nor given to the bot.
    /// Returns the activity id, or null when the conversation does not exist.
    /// </summary>
    public async Task<string?> PostFromUserAsync(string conversationId, string userId, Activity activity, CancellationToken cancellationToken)
    {
        activity.Timestamp = _time.GetUtcNow();
        activity.ChannelId = ChannelIds.DirectLine;
        activity.ServiceUrl = ServiceUrl;
        activity.Conversation = new ConversationAccount { Id = conversationId };
        activity.Recipient = BotAccount;
        activity.From ??= new ChannelAccount();
        activity.From.Id = userId;
        activity.From.Role = "user";
        activity.ReplyToId = null;
        activity.CallerId = null;

        if (activity.Type == ActivityTypes.Typing)
        {
            // Typing is live-only (Azure never stores it) and the bot has nothing to say to it.
            if (await _store.GetConversationAsync(conversationId, cancellationToken) is null)
            {
                return null;
            }

            activity.Id = $"{conversationId}|typing-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}";
            return activity.Id;
        }

        if (await _store.AppendAsync(conversationId, activity, _time.GetUtcNow(), cancellationToken) is null)
        {
            return null;
        }

        _hub.NotifyStored(conversationId);
        await RunTurnAsync(activity.Clone(), cancellationToken);
        return activity.Id;
    }

    /// <summary>An <see cref="IActivitySender"/> that writes to one website conversation (for proactive turns).</summary>
    public IActivitySender CreateSender(string conversationId) => new DirectLineActivitySender(this, conversationId);

    /// <summary>The reference a proactive feature stores and later passes back here.</summary>
    public ConversationReference GetConversationReference(StoredConversation conversation) => new()
    {
        ChannelId = ChannelIds.DirectLine,
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount { Id = conversation.Id },
        User = new ChannelAccount { Id = conversation.UserId, Role = "user" },
        Bot = BotAccount,
    };

    /// <summary>
    /// Sends a message the bot decided on later (a scheduled check-in). It is kept in the transcript
    /// and reaches the person when the widget next connects or polls. Null when the conversation is gone.
    /// </summary>
    public async Task<ResourceResponse?> SendProactiveAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var conversation = await _store.GetConversationAsync(conversationId, cancellationToken);
        if (conversation is null)
        {
            return null;
        }

        activity.ApplyConversationReference(GetConversationReference(conversation));
        activity.Type ??= ActivityTypes.Message;
        return await AppendFromBotAsync(conversationId, activity, cancellationToken);
    }

    /// <summary>Runs a proactive turn (dialogs, state) in a website conversation; false when it is gone.</summary>
    public async Task<bool> ContinueConversationAsync(string conversationId, Func<ITurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken)
    {
        var conversation = await _store.GetConversationAsync(conversationId, cancellationToken);
        if (conversation is null)
        {
            return false;
        }

        await _adapter.ContinueConversationAsync(GetConversationReference(conversation), callback, CreateSender(conversationId), cancellationToken);
        return true;
    }

    /// <summary>Everything the website stored for one person (user id as the bot sees it, <c>dl_…</c>).</summary>
    public Task<IReadOnlyList<DirectLineConversationExport>> ExportByUserAsync(string userId, CancellationToken cancellationToken) =>
        _store.ExportByUserAsync(userId, cancellationToken);

    /// <summary>Deletes the person's website conversations and transcripts and closes their open sockets.</summary>
    public async Task<int> DeleteByUserAsync(string userId, CancellationToken cancellationToken)
    {
        var ids = await _store.GetConversationIdsByUserAsync(userId, cancellationToken);
        var deleted = await _store.DeleteByUserAsync(userId, cancellationToken);
        foreach (var id in ids)
        {
            _hub.Disconnect(id);
        }

        LogDeletedByUser(_logger, deleted);
        return deleted;
    }

    internal async Task<ResourceResponse?> AppendFromBotAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        activity.Timestamp = _time.GetUtcNow();
        activity.ChannelId = ChannelIds.DirectLine;
        activity.ServiceUrl = ServiceUrl;
        activity.Conversation = new ConversationAccount { Id = conversationId };
        activity.From = BotAccount;
        if (activity.Type == ActivityTypes.Typing)
        {
            activity.Id = $"{conversationId}|typing-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}";
            _hub.PushLive(conversationId, activity);
            return new ResourceResponse(activity.Id);
        }

        var stored = activity.Clone();
        if (await _store.AppendAsync(conversationId, stored, _time.GetUtcNow(), cancellationToken) is null)
        {
            return null;
        }

        activity.Id = stored.Id;
        _hub.NotifyStored(conversationId);
        return new ResourceResponse(stored.Id);
    }

    internal async Task<bool> ReplaceFromBotAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Id is null)
        {
            return false;
        }

        activity.ChannelId = ChannelIds.DirectLine;
        activity.ServiceUrl = ServiceUrl;
        activity.Conversation = new ConversationAccount { Id = conversationId };
        activity.From = BotAccount;
        return await _store.ReplaceAsync(conversationId, activity, cancellationToken);
    }

    internal Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        _store.DeleteActivityAsync(conversationId, activityId, cancellationToken);

    private async Task RunTurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation!.Id!;
        var turn = _adapter.ProcessActivityAsync(activity, CreateSender(conversationId), cancellationToken);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var finished = await Task.WhenAny(turn, Task.Delay(_options.BotTimeout, _time, wait.Token));
        await wait.CancelAsync();
        if (finished != turn)
        {
            // The person's activity is stored; the bot's replies will still reach them through the stream or the next poll.
            LogSlowTurn(_logger, _options.BotTimeout.TotalSeconds);
            _ = turn.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            return;
        }

        await turn;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Direct Line conversation started.")]
    private static partial void LogStarted(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} Direct Line conversations at the person's request.")]
    private static partial void LogDeletedByUser(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The bot took longer than {Seconds} s; the send was acknowledged and replies will follow.")]
    private static partial void LogSlowTurn(ILogger logger, double seconds);
}
