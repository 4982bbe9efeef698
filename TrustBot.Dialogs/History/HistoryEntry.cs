namespace TrustBot.Dialogs.History;

/// <summary>One append-only history row: a finished check-in or a reflection, as JSON.</summary>
public sealed record HistoryEntry(string Kind, string Id, DateTimeOffset RecordedAt, string Json)
{
    public const string CheckIn = "check-in";
    public const string Reflection = "reflection";
}
