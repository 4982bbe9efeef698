namespace TrustBot.Dialogs.Progress;

/// <summary>A rendered chart: PNG bytes and the pixel size it was drawn at.</summary>
public sealed record ChartImage(byte[] Png, int Width, int Height);
