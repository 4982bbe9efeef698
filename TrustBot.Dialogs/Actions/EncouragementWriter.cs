using System.Globalization;

namespace TrustBot.Dialogs.Actions;

/// <summary>
/// Writes the one closing sentence of a check-in. It points at something the person actually did (the
/// change in intensity, the thought they caught, the step they chose, the feeling they named) rather than
/// praising in general, never promises an outcome, and never treats "no change" or "worse" as failure.
/// The caller passes a seed (e.g. the check-in count) so wording varies between check-ins but a given
/// check-in always reads the same.
/// </summary>
public static class EncouragementWriter
{
    private const int MaxQuoted = 60;

    private static readonly string[] Dropped =
    [
        "You went from {before} to {after} while you stopped to look at what you felt{action}, and that was your doing.",
        "From {before} to {after}: you gave the feeling some room instead of reacting straight away{action}.",
        "You brought it from {before} to {after} by slowing down and naming it{action}.",
    ];

    private static readonly string[] NotDropped =
    [
        "It's still a {after} right now, and you named it and stayed with it anyway{action}, which takes courage on a hard day.",
        "Some feelings don't shift in one check-in; you noticed it honestly{action}, and that still counts.",
        "A {after} is a lot to carry, and you took the time to look at it instead of pushing it away{action}.",
    ];

    private static readonly string[] CaughtThought =
    [
        "You caught the thought \"{thought}\" instead of simply believing it{action}, which is exactly the skill you're practising.",
        "Noticing \"{thought}\" as a thought, not a fact, is a real step{action}.",
        "You looked at \"{thought}\" and {evidence}{action}, and that's how old fears lose some of their grip.",
    ];

    private static readonly string[] ChoseAction =
    [
        "Choosing to {actionPhrase} is a small, brave step, whatever happens next.",
        "You picked one concrete step, to {actionPhrase}, and that's how trust gets practised.",
        "Deciding to {actionPhrase} shows you're taking care of yourself and the relationship.",
    ];

    private static readonly string[] NamedFeeling =
    [
        "Putting the word \"{feeling}\" on what you feel is the first step, and you took it.",
        "Naming \"{feeling}\" before reacting is one of the hardest parts, and you did it today.",
        "You stopped to name \"{feeling}\", which gives you a little space between the feeling and what you do next.",
    ];

    private static readonly string[] CheckedIn =
    [
        "Taking a few minutes to check in with yourself is worth doing, and you did it.",
        "You showed up for yourself today by checking in.",
        "Checking in, even briefly, keeps the practice going.",
    ];

    /// <summary>One sentence of specific encouragement. Deterministic for the same input and seed.</summary>
    public static string Write(EncouragementInput input, int seed)
    {
        var feeling = Clip(input.Feeling);
        var thought = Clip(input.Thought);
        var actionPhrase = ActionPhrase(input.ActionId);

        string[] templates;
        if (input is { IntensityBefore: { } before, IntensityAfter: { } after })
        {
            templates = after < before ? Dropped : NotDropped;
        }
        else if (thought is not null)
        {
            templates = CaughtThought;
        }
        else if (actionPhrase is not null)
        {
            templates = ChoseAction;
        }
        else if (feeling is not null)
        {
            templates = NamedFeeling;
        }
        else
        {
            templates = CheckedIn;
        }

        var template = templates[((seed % templates.Length) + templates.Length) % templates.Length];
        var actionClause = actionPhrase is not null && templates != ChoseAction ? $", and you chose to {actionPhrase}" : string.Empty;
        return template
            .Replace("{feeling}", feeling ?? "feeling", StringComparison.Ordinal)
            .Replace("{thought}", thought ?? string.Empty, StringComparison.Ordinal)
            .Replace("{evidence}", input.CheckedEvidence ? "weighed what fits it and what doesn't" : "didn't just go along with it", StringComparison.Ordinal)
            .Replace("{actionPhrase}", actionPhrase ?? string.Empty, StringComparison.Ordinal)
            .Replace("{action}", actionClause, StringComparison.Ordinal)
            .Replace("{before}", input.IntensityBefore?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, StringComparison.Ordinal)
            .Replace("{after}", input.IntensityAfter?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, StringComparison.Ordinal);
    }

    private static string? ActionPhrase(string? actionId) =>
        actionId == ActionCatalog.OwnIdeaId ? "try your own idea" : ActionCatalog.Find(actionId)?.Phrase;

    private static string? Clip(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim().TrimEnd('.', '!', '?');
        return trimmed.Length <= MaxQuoted ? trimmed : trimmed[..MaxQuoted].TrimEnd() + "…";
    }
}
