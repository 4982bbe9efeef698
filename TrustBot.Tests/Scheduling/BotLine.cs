namespace TrustBot.Tests.Scheduling;

/// <summary>One bot message as the widget shows it: its text and its one-tap buttons.</summary>
public sealed record BotLine(string? Text, IReadOnlyList<string> Buttons);
