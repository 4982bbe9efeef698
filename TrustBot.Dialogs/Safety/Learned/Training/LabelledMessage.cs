namespace TrustBot.Dialogs.Safety.Learned.Training;

/// <summary>One training row: the file it came from, its class and how it was written.</summary>
/// <param name="Source">File name without folder, e.g. <c>ml-es.tsv</c>; the cross-validation folds are per source.</param>
/// <param name="Outsider">Written by someone who never saw the rules (every file but the team-written evaluation set).</param>
internal sealed record LabelledMessage(string Source, ScreenClass Class, string Language, string Voice, bool Explicit, string Text, bool Outsider)
{
    public bool IsCrisis => Class != ScreenClass.None;
}
