namespace TrustBot.Dialogs.Feelings;

/// <summary>A first-level button and the second-level words it opens.</summary>
/// <param name="Core">The core feeling.</param>
/// <param name="Id">Button value, e.g. "scared".</param>
/// <param name="Title">Button text, e.g. "Scared / anxious".</param>
/// <param name="Words">Second-level words; the first is the core word itself.</param>
public sealed record CoreFeeling(FeelingCore Core, string Id, string Title, IReadOnlyList<FeelingWord> Words);
