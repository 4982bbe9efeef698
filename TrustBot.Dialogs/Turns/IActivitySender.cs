using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.Turns;

/// <summary>
/// Where a turn's outgoing activities go: the Bot Connector REST API, the expectReplies buffer,
/// the in-process Direct Line store, or a test transcript.
/// </summary>
public interface IActivitySender
{
    Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken);

    Task DeleteAsync(Activity reference, string activityId, CancellationToken cancellationToken);
}
