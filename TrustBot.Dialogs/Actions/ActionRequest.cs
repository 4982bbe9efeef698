using TrustBot.Dialogs.Feelings;

namespace TrustBot.Dialogs.Actions;

/// <summary>What the check-in knows when it offers actions. Every part is optional (steps can be skipped).</summary>
/// <param name="FeelingIds">Feeling word ids from the catalogue, first = main feeling; unknown ids are ignored.</param>
/// <param name="Core">The core tapped on the first level, used when no word was chosen.</param>
/// <param name="TriggerId">A trigger id from TriggerCatalog, or null.</param>
/// <param name="WhoId">A who id from TriggerCatalog, or null.</param>
/// <param name="Intensity">The 0-10 rating, or null when skipped.</param>
public sealed record ActionRequest(
    IReadOnlyList<string>? FeelingIds = null,
    FeelingCore? Core = null,
    string? TriggerId = null,
    string? WhoId = null,
    int? Intensity = null);
