namespace TrustBot.Dialogs.Engine;

/// <summary>What a choice prompt recognised. <see cref="Index"/> is -1 for free text the prompt was allowed to accept.</summary>
public sealed record FoundChoice(string Value, int Index, double Score, string? Synonym = null)
{
    public bool IsFreeText => Index < 0;
}
