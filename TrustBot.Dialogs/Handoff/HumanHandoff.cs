using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Safety.CrisisLines;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Handoff;

/// <summary>
/// The handoff as the rest of the conversation sees it: whether a person can be offered, whether a
/// request owns the conversation now, the queue position text, the crisis-line actions, and audit records
/// (events and staff ids only, never text).
/// </summary>
public sealed class HumanHandoff(IOptions<HandoffOptions> options, IHandoffStore store, IStaffPresence presence, ISafetyAuditLog audit, CrisisLineDirectory lines, ProfileAccessor profiles)
{
    public bool IsAvailable => options.Value.Enabled;

    public HandoffOptions Options => options.Value;

    public IHandoffStore Store => store;

    /// <summary>
    /// The one way into a request, from "talk to a person" and from the crisis and distress offers:
    /// replaces the offer that asked (<paramref name="replaceActive"/>) or starts on top of whatever runs,
    /// which stays parked. Without a handoff service it says honestly that nobody is there and returns null,
    /// so the caller carries on its own way.
    /// </summary>
    public async Task<DialogTurnResult?> StartAsync(DialogContext dc, HandoffUrgency urgency, bool replaceActive, CancellationToken cancellationToken)
    {
        if (!IsAvailable)
        {
            await SendUnavailableAsync(dc.Context, cancellationToken);
            return null;
        }

        var input = new HandoffDialogInput(urgency).ToOptions();
        return replaceActive
            ? await dc.ReplaceDialogAsync(HandoffDialog.DialogId, input, cancellationToken)
            : await dc.BeginDialogAsync(HandoffDialog.DialogId, input, cancellationToken);
    }

    /// <summary>No handoff service: honestly nobody, and the lines where real people are.</summary>
    public Task SendUnavailableAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        turn.SendActivityAsync(WithCrisisLines(turn, EscalationMessages.TherapistUnavailable(lines.Get(profiles.CountryCode(turn)))), cancellationToken);

    /// <summary>True while the active dialog is a queued or live request: the crisis screen then alerts instead of taking over.</summary>
    public static bool OwnsConversation(DialogContext dc) => dc.ActiveDialog is { Id: HandoffDialog.DialogId } active && HandoffDialog.IsQueued(active);

    /// <summary>A crisis message while waiting or live: it moves to the front of the queue and the console alerts the therapist.</summary>
    public async Task OnCrisisAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        turn.TurnState.Set(new HandoffCrisisAlert());
        if (HandoffDialog.RequestId(dc.ActiveDialog!) is not { } id || await store.GetAsync(id, cancellationToken) is not { } request)
        {
            return;
        }

        if (request is { Status: HandoffStatus.Waiting, Urgency: < HandoffUrgency.Crisis })
        {
            await store.TryUpdateAsync(request with { Urgency = HandoffUrgency.Crisis }, HandoffStatus.Waiting, cancellationToken);
        }

        await AuditAsync(request, turn.Time, "handoff-crisis-alert", null, cancellationToken);
    }

    /// <summary>Where the request stands: its place in the queue, staff online and a rough wait (a hub keeps its own queue).</summary>
    public async Task<string> QueueStatusAsync(HandoffRequest request, CancellationToken cancellationToken)
    {
        if (request.ViaHub)
        {
            return HandoffMessages.HubQueued(options.Value.TimeoutMinutes);
        }

        var waiting = HandoffRequest.InQueueOrder((await store.ListOpenAsync(cancellationToken)).Where(r => r.Status == HandoffStatus.Waiting && !r.ViaHub)).ToList();
        var position = Math.Max(1, waiting.FindIndex(r => r.Id == request.Id) + 1);
        var online = presence.OnlineCount;
        var perConversation = options.Value.MinutesPerConversation;
        var estimate = online == 0 ? 0 : Math.Max(5, (int)Math.Ceiling((position - 1) / (double)online) * perConversation);
        return HandoffMessages.Queued(position, online, estimate, options.Value.TimeoutMinutes);
    }

    /// <summary>A message with the person's crisis lines as one-tap actions (kept on screen) plus any extra quick replies.</summary>
    public Activity WithCrisisLines(ITurnContext turn, string text, params CardAction[] extra)
    {
        var countryLines = lines.Get(profiles.CountryCode(turn));
        return SafetyLayer.WithPersistentActions(new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            SuggestedActions = new SuggestedActions { Actions = [.. extra, .. CrisisLineDirectory.ToActions(countryLines)] },
        });
    }

    /// <summary>The hub's routing value: the configured context and the urgency, nothing about the person.</summary>
    public JsonObject HubContext(HandoffRequest request)
    {
        var context = new JsonObject();
        foreach (var (key, value) in options.Value.HubContext)
        {
            context[key] = value;
        }

        context["urgency"] = request.Urgency.ToString().ToLowerInvariant();
        return context;
    }

    /// <summary>The transcript for the hub: the consented summary as the bot's message, or nothing without consent.</summary>
    public static IReadOnlyList<Activity> Transcript(ITurnContext turn, string? consentedSummary) => consentedSummary is null
        ? []
        : [new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = turn.Activity.ChannelId,
            Conversation = turn.Activity.Conversation,
            From = turn.Activity.Recipient,
            Recipient = turn.Activity.From,
            Timestamp = turn.Time.GetUtcNow(),
            Text = consentedSummary,
        }];

    /// <summary>The crisis-lines sentence for the person's country (for the timeout message).</summary>
    public string ResourcesText(ITurnContext turn) => EscalationMessages.Resources(lines.Get(profiles.CountryCode(turn)));

    public Task AuditAsync(HandoffRequest request, TimeProvider time, string eventName, string? staffId, CancellationToken cancellationToken) =>
        audit.RecordAsync(
            new SafetyAuditRecord(
                time.GetUtcNow(),
                request.ChannelId,
                request.UserId,
                eventName,
                null,
                null,
                null,
                request.Urgency.ToString().ToLowerInvariant(),
                staffId),
            cancellationToken);

    public static string NewRequestId() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)).ToLower(CultureInfo.InvariantCulture);
}
