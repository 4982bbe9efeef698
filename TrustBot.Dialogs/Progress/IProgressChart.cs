namespace TrustBot.Dialogs.Progress;

/// <summary>Draws the 30-day chart as a PNG on the server; null when no renderer is available (words only).</summary>
public interface IProgressChart
{
    ChartImage? Render(ProgressReport report, int width, int height);
}
