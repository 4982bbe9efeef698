namespace TrustBot.Safety.ContentSafety;

/// <summary>The two severities the crisis screen asks for (0, 2, 4 or 6 with FourSeverityLevels).</summary>
public sealed record ContentSafetySeverities(int SelfHarm, int Violence);
