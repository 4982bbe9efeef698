using TrustBot.Dialogs.Protocol;

namespace TrustBot.DirectLine;

/// <summary>What GET activities and each stream frame carry; the watermark is an opaque string.</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string? Watermark);
