using System.Text.RegularExpressions;

namespace TrustBot.Dialogs.Safety.Rules;

/// <summary>One phrase family: its id for the audit log, what it decides and the checks its match must pass.</summary>
internal sealed record CrisisRule(string Id, CrisisDecision Decision, CrisisCategory Category, Regex Pattern, RuleGuards Guards);
