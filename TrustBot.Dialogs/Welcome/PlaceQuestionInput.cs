namespace TrustBot.Dialogs.Welcome;

/// <summary>Input of <see cref="PlaceQuestionDialog"/>.</summary>
/// <param name="Kind">Country or time zone.</param>
/// <param name="Inferred">What the channel suggested (alpha-2 code or IANA id), to confirm; null to ask straight away.</param>
/// <param name="CountryCode">The person's country, which settles ambiguous zone abbreviations (IST).</param>
public sealed record PlaceQuestionInput(PlaceKind Kind, string? Inferred, string? CountryCode = null);
