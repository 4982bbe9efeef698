namespace TrustBot.Dialogs.Engine;

/// <summary>The one definition of when a write may replace what is stored.</summary>
public static class ETagRules
{
    public const string Any = "*";

    /// <summary>null = create only; "*" = always; otherwise the ETags must match.</summary>
    public static bool Allows(string? writeETag, string? storedETag) => writeETag switch
    {
        Any => true,
        null => storedETag is null,
        _ => string.Equals(writeETag, storedETag, StringComparison.Ordinal),
    };
}
