namespace TrustBot.Dialogs.Safety;

/// <summary>Emoji that people use as risk signals. 💀 is deliberately absent: online it means "I'm laughing".</summary>
[Flags]
internal enum RiskEmoji
{
    None = 0,
    Knife = 1,
    Pills = 2,
    Coffin = 4,
    Headstone = 8,
    Blood = 16,
    Gun = 32,
    Rope = 64,
}
