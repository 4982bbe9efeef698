namespace TrustBot.Dialogs.Progress;

/// <summary>The default without a chart renderer: "my progress" answers in words only.</summary>
public sealed class NoProgressChart : IProgressChart
{
    public ChartImage? Render(ProgressReport report, int width, int height) => null;
}
