namespace TrustBot.Dialogs.Welcome;

/// <summary>Result of <see cref="PlaceQuestionDialog"/>.</summary>
/// <param name="Value">The alpha-2 country code or IANA zone; null when skipped or not recognised (nothing is saved).</param>
/// <param name="TimeZoneId">For a country named by a city ("I live in Toronto"), that city's zone, to offer next.</param>
public sealed record PlaceAnswer(string? Value, string? TimeZoneId = null);
