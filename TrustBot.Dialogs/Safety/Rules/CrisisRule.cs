namespace TrustBot.Dialogs.Safety.Rules;

/// <summary>
/// One phrase family: its id for the audit log, what it decides and the checks its match must pass.
/// The family's top-level alternatives are compiled separately (<paramref name="Parts"/>): each part
/// keeps its own literal prefix, which lets the regex engine skip ahead instead of trying every
/// alternative at every position; the detector takes the leftmost match across parts.
/// </summary>
internal sealed record CrisisRule(string Id, CrisisDecision Decision, CrisisCategory Category, IReadOnlyList<RulePattern> Parts, RuleGuards Guards);
