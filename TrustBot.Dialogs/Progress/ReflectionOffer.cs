using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Safety;

namespace TrustBot.Dialogs.Progress;

/// <summary>
/// When the reflection may be offered: to people who save their check-ins, two weeks after they started
/// (or after the last offer, taken or not), never in a turn with a crisis or a distress signal.
/// </summary>
public sealed class ReflectionOffer(ProfileAccessor profiles, SafetyLayer safety)
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(14);

    public bool IsDue(DialogContext dc)
    {
        var turn = dc.Context;
        var profile = profiles.Profile(turn);
        if (!profiles.MayStore(turn) || profile.CheckIns.Count == 0 || safety.RecentlyEscalated(turn) || turn.TurnState.Get<SafetySignal>() is not null)
        {
            return false;
        }

        var since = profile.ReflectionOfferedAt ?? profile.CreatedAt ?? profile.CheckIns[0].StartedAt;
        return turn.Time.GetUtcNow() - since >= Interval;
    }

    /// <summary>Offers it when due; the offer itself is what counts, so a "not now" is not asked again for two weeks.</summary>
    public async Task<bool> OfferIfDueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!IsDue(dc))
        {
            return false;
        }

        profiles.Profile(dc.Context).ReflectionOfferedAt = dc.Context.Time.GetUtcNow();
        await dc.BeginDialogAsync(ReflectionDialog.DialogId, null, cancellationToken);
        return true;
    }
}
