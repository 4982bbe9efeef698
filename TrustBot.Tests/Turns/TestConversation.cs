using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TrustBot.Dialogs;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Tests.Turns;

/// <summary>
/// A transcript driver: sends what a person types or taps through the real adapter, middleware and
/// bot, and returns what they would see. Storage and clock are injectable so tests can "restart"
/// the bot over the same storage and move time.
/// </summary>
public sealed class TestConversation : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _idPrefix;
    private int _nextId;

    public TestConversation(
        IStorage? storage = null,
        FakeTimeProvider? time = null,
        string channelId = ChannelIds.Test,
        string userId = "user1",
        string conversationId = "convo1",
        string? locale = "en-US",
        Action<IServiceCollection>? configure = null)
    {
        Storage = storage ?? new MemoryStorage();

        // A channel never reuses an activity id in a conversation, and the bot drops a redelivered one:
        // a driver started over an earlier driver's storage (a restart) numbers its activities apart.
        _idPrefix = storage is null ? "user-" : $"user-{Guid.NewGuid():N}-";
        Time = time ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        ChannelId = channelId;
        UserId = userId;
        ConversationId = conversationId;
        Locale = locale;
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(Storage);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));

        // The detector compiles its rule tables on first use; one shared, stateless instance keeps tests fast.
        services.AddSingleton<ICrisisDetector>(SharedCrisisDetector.Instance);
        AuditLog = new MemorySafetyAuditLog();
        services.AddSingleton<ISafetyAuditLog>(AuditLog);
        services.AddTrustBotDialogs();
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
    }

    public IStorage Storage { get; }

    /// <summary>The safety audit records of this conversation's bot.</summary>
    public MemorySafetyAuditLog AuditLog { get; }

    public FakeTimeProvider Time { get; }

    public string ChannelId { get; }

    public string UserId { get; }

    public string ConversationId { get; }

    public string? Locale { get; set; }

    public string? LocalTimezone { get; set; }

    public string? ConversationType { get; set; }

    public IServiceProvider Services => _services;

    /// <summary>Everything the bot has sent in this conversation, in order.</summary>
    public List<Activity> Transcript { get; } = [];

    /// <summary>The bot's in-place updates of activities it sent (answered Teams cards), in order.</summary>
    public List<Activity> Updates { get; } = [];

    /// <summary>The invoke response of the last invoke sent.</summary>
    public InvokeResponse? LastInvokeResponse { get; private set; }

    public Task<IReadOnlyList<Activity>> SendAsync(string text) => SendActivityAsync(NewActivity(ActivityTypes.Message, a => a.Text = text));

    /// <summary>A card submit: a message with a value and no text.</summary>
    public Task<IReadOnlyList<Activity>> SubmitAsync(JsonObject value, string? replyToId = null) => SendActivityAsync(NewActivity(ActivityTypes.Message, a =>
    {
        a.Value = value;
        a.ReplyToId = replyToId;
    }));

    /// <summary>An <c>Action.Execute</c> press (Universal Actions): an <c>adaptiveCard/action</c> invoke; its response is in <see cref="LastInvokeResponse"/>.</summary>
    public Task<IReadOnlyList<Activity>> ExecuteAsync(JsonObject data, string verb = "answer") => SendActivityAsync(NewActivity(ActivityTypes.Invoke, a =>
    {
        a.Name = "adaptiveCard/action";
        a.Value = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
    }));

    /// <summary>The person joins (Web Chat / Teams install).</summary>
    public Task<IReadOnlyList<Activity>> JoinAsync() => SendActivityAsync(NewActivity(ActivityTypes.ConversationUpdate, a =>
        a.MembersAdded = [new ChannelAccount { Id = "bot" }, new ChannelAccount { Id = UserId, Name = "Sam" }]));

    public Activity NewActivity(string type, Action<Activity>? configure = null)
    {
        var activity = new Activity
        {
            Type = type,
            Id = _idPrefix + (++_nextId).ToString(CultureInfo.InvariantCulture),
            ChannelId = ChannelId,
            ServiceUrl = "https://test.invalid/",
            From = new ChannelAccount { Id = UserId, Name = "Sam", Role = "user" },
            Recipient = new ChannelAccount { Id = "bot", Name = "TrustBot", Role = "bot" },
            Conversation = new ConversationAccount { Id = ConversationId, ConversationType = ConversationType },
            Locale = Locale,
            LocalTimezone = LocalTimezone,
            Timestamp = Time.GetUtcNow(),
        };
        configure?.Invoke(activity);
        return activity;
    }

    public async Task<IReadOnlyList<Activity>> SendActivityAsync(Activity activity)
    {
        var sender = new RecordingSender();
        var adapter = _services.GetRequiredService<BotAdapter>();
        var invoke = await adapter.ProcessActivityAsync(activity, sender, CancellationToken.None);
        if (activity.Type == ActivityTypes.Invoke)
        {
            LastInvokeResponse = invoke;
        }

        var replies = sender.Sent.Where(a => a.Type != ActivityTypes.Typing).ToList();
        Transcript.AddRange(replies);
        Updates.AddRange(sender.Updates);
        return replies;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
