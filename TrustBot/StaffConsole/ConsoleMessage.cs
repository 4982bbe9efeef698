namespace TrustBot.StaffConsole;

/// <summary>One relayed message; <paramref name="Speaker"/> is person or therapist.</summary>
public sealed record ConsoleMessage(long Sequence, DateTimeOffset At, string Speaker, string Text, bool CrisisAlert);
