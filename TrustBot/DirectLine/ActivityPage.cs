using TrustBot.Dialogs.Protocol;

namespace TrustBot.DirectLine;

/// <summary>Activities after a watermark, and the watermark to ask from next time.</summary>
public sealed record ActivityPage(IReadOnlyList<Activity> Activities, long Watermark);
