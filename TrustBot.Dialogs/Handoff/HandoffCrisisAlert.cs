namespace TrustBot.Dialogs.Handoff;

/// <summary>Turn-state marker: the crisis screen flagged this message during a handoff, so the console shows an alert.</summary>
public sealed record HandoffCrisisAlert;
