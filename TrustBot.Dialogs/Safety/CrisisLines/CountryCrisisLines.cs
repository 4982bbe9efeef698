namespace TrustBot.Dialogs.Safety.CrisisLines;

/// <summary>The resources for one country. <see cref="IsFallback"/> when the country was unknown.</summary>
public sealed record CountryCrisisLines(string Country, string? EmergencyNumber, IReadOnlyList<CrisisLine> Lines, bool IsFallback)
{
    /// <summary>The emergency number to show, or a phrase for when we do not know it.</summary>
    public string EmergencyText => EmergencyNumber ?? "your local emergency number";

    public IEnumerable<CrisisLine> OfKind(CrisisLineKind kind) => Lines.Where(l => l.Kind == kind);
}
