using System.Collections.ObjectModel;

namespace TrustBot.Dialogs.Triggers;

/// <summary>The "who" and "what" choices of check-in step 3 (conversation.md section 2).</summary>
public static class TriggerCatalog
{
    public const string Partner = "partner";
    public const string Friend = "friend";
    public const string Family = "family";
    public const string Coworker = "coworker";
    public const string Myself = "myself";
    public const string NoOne = "no-one";

    public const string NoReply = "no-reply";
    public const string PlansChanged = "plans-changed";
    public const string LeftOut = "left-out";
    public const string PhonePrivacy = "phone-privacy";
    public const string FamilyBoundary = "family-boundary";
    public const string Criticism = "criticism";
    public const string PullingAway = "pulling-away";
    public const string DidNotAskForHelp = "didnt-ask-help";

    /// <summary>Who options in button order.</summary>
    public static IReadOnlyList<WhoOption> Who { get; } = new ReadOnlyCollection<WhoOption>(
    [
        new(Partner, "Partner"),
        new(Friend, "Friend"),
        new(Family, "Family"),
        new(Coworker, "Coworker"),
        new(Myself, "Myself"),
        new(NoOne, "No one in particular"),
    ]);

    /// <summary>Trigger quick picks in button order; titles are at most 20 characters.</summary>
    public static IReadOnlyList<TrustTrigger> Triggers { get; } = new ReadOnlyCollection<TrustTrigger>(
    [
        new(NoReply, "No reply / on read", "They didn't reply, replied late, or I saw \"read\" with no answer"),
        new(PlansChanged, "Plans changed", "Plans changed or were cancelled"),
        new(LeftOut, "Felt left out", "I felt left out or kept at a distance"),
        new(PhonePrivacy, "Phone or privacy", "Something about their phone, messages or privacy"),
        new(FamilyBoundary, "Family expectations", "Family expectations, or a boundary was pushed"),
        new(Criticism, "Felt judged", "Criticism, or feeling judged"),
        new(PullingAway, "Wanted to pull away", "Things were going well and I wanted to pull away"),
        new(DidNotAskForHelp, "Didn't ask for help", "I needed help and didn't ask"),
    ]);

    /// <summary>Finds a trigger by id (case-insensitive); null when unknown.</summary>
    public static TrustTrigger? FindTrigger(string? id) =>
        Triggers.FirstOrDefault(t => string.Equals(t.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Finds a who option by id (case-insensitive); null when unknown.</summary>
    public static WhoOption? FindWho(string? id) =>
        Who.FirstOrDefault(w => string.Equals(w.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));
}
