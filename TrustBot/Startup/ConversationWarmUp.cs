using Microsoft.Extensions.Logging.Abstractions;
using TrustBot.Dialogs;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Feelings;
using TrustBot.Dialogs.Preferences;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Safety.CrisisLines;
using TrustBot.Dialogs.Sentiment;
using TrustBot.Dialogs.Triggers;
using TrustBot.Dialogs.Turns;
using TrustBot.Messaging;

namespace TrustBot.Startup;

/// <summary>
/// Warms the conversation: builds the app's bot and detector, screens sample messages through the
/// crisis detector's public interface (its rule tables compile on first use), touches the lexicons,
/// catalogs and country/time-zone tables, and plays a few sample conversations (a check-in, a crisis as
/// the first message) through a private copy of the dialogs with in-memory state, so the turn path is
/// JIT-compiled. Nothing is written to the app's storage or audit log.
/// </summary>
public sealed partial class ConversationWarmUp(
    IBot bot,
    BotAdapter adapter,
    ICrisisDetector detector,
    LocalSentimentAnalyzer sentiment,
    CrisisLineDirectory crisisLines,
    ILogger<ConversationWarmUp> logger) : IWarmUpStep
{
    // Ordinary, crisis, abuse and non-English messages: each reaches a different part of the rule tables.
    private static readonly string[] SampleMessages =
    [
        "hi", "I feel kind of jealous and tired", "this deadline is killing me", "I want to kill myself tonight",
        "what's the point of being here", "he reads my messages and won't let me see my friends", "I took too many pills",
        "quiero morir", "je veux mourir", "ich will nicht mehr leben", "kms lol 😭",
    ];

    // Each conversation starts cold: the welcome, a check-in, and a crisis said as the very first message.
    private static readonly string[][] SampleConversations =
    [
        ["hi", "Yes, save them", "yes", "yes", "Yes, let's start", "anxious", "7", "Partner", "No reply / on read", "help", "cancel"],
        ["I want to kill myself tonight", "I'm safe right now", "no"],
        ["he hits me when he's angry", "cancel"],
    ];

    public string Name => "conversation";

    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        // Resolving these built the app's own dialogs and adapter; nothing more to do with them here.
        GC.KeepAlive(bot);
        GC.KeepAlive(adapter);
        SafetyContext? context = null;
        foreach (var message in SampleMessages)
        {
            context = detector.Assess(message, context).Context;
            sentiment.Analyze(message);
            FeelingMatcher.Match(message);
            TriggerMatcher.Match(message);
        }

        foreach (var country in crisisLines.Countries)
        {
            crisisLines.Get(country);
        }

        CountryResolver.Resolve("I live in Toronto");
        TimeZoneResolver.Resolve("UTC+2");
        TimeZoneResolver.Resolve("Paris", "FR");

        try
        {
            await PlaySampleConversationsAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or NullReferenceException)
        {
            // Only JIT is lost: the app's own bot and tables are already built above.
            LogSamplesFailed(logger, ex.GetType().Name);
        }
    }

    private static async Task PlaySampleConversationsAsync(CancellationToken cancellationToken)
    {
        // The real clock even when the app runs on a test clock: a fake one would never let a delay end.
        var time = TimeProvider.System;
        var services = new ServiceCollection()
            .AddSingleton(time)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddSingleton<IStorage, MemoryStorage>()
            .AddTrustBotDialogs();
        await using var provider = services.BuildServiceProvider();
        var sandbox = provider.GetRequiredService<BotAdapter>();
        var sender = new BufferingActivitySender(time);
        for (var i = 0; i < SampleConversations.Length; i++)
        {
            var conversation = new ConversationAccount { Id = $"warmup-{i}" };
            var user = new ChannelAccount { Id = $"warmup-user-{i}", Name = "warm-up" };
            foreach (var text in SampleConversations[i])
            {
                var activity = new Activity
                {
                    Type = ActivityTypes.Message,
                    Id = Guid.NewGuid().ToString("N"),
                    ChannelId = ChannelIds.Emulator,
                    ServiceUrl = "http://localhost/",
                    Conversation = conversation,
                    From = user,
                    Recipient = new ChannelAccount { Id = "bot" },
                    Locale = "en-US",
                    Text = text,
                    Timestamp = time.GetUtcNow(),
                };

                // Through the wire format too, as /api/messages reads and answers it.
                var parsed = ProtocolJson.Deserialize<Activity>(ProtocolJson.Serialize(activity))!;
                await sandbox.ProcessActivityAsync(parsed, sender, cancellationToken);
            }
        }

        ProtocolJson.Serialize(new ExpectedReplies { Activities = [.. sender.Activities] });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warm-up sample conversations failed ({ExceptionType}); the first turns may be slower.")]
    private static partial void LogSamplesFailed(ILogger logger, string exceptionType);
}
