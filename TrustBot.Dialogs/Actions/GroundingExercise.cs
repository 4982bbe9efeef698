namespace TrustBot.Dialogs.Actions;

/// <summary>A grounding exercise as ready-to-send messages, one idea each, in order.</summary>
/// <param name="Id">Stable id ("box-breathing", "five-senses").</param>
/// <param name="Title">Button text.</param>
/// <param name="Messages">Short messages to send one after another (each under 300 characters).</param>
public sealed record GroundingExercise(string Id, string Title, IReadOnlyList<string> Messages);
