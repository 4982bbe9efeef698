namespace TrustBot.Dialogs.Welcome;

/// <summary>What a <see cref="PlaceQuestionDialog"/> asks for.</summary>
public enum PlaceKind
{
    /// <summary>The country, for the right crisis line.</summary>
    Country,

    /// <summary>The time zone, for check-in times.</summary>
    TimeZone,
}
