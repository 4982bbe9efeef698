using ScottPlot;
using TrustBot.Dialogs.Progress;

namespace TrustBot.Progress;

/// <summary>
/// The 30-day chart with ScottPlot 5 (MIT) on SkiaSharp's dependency-free Linux build. That build cannot
/// ask fontconfig for fonts, so a font file that exists here is registered by path (DejaVu or Liberation,
/// as Debian ships them); with none, the chart still renders (the words and alt text carry the meaning).
/// </summary>
public sealed class ScottPlotProgressChart : IProgressChart
{
    private const string FontName = "TrustBot Sans";

    private static readonly string[] FontFiles =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/TTF/DejaVuSans.ttf",
    ];

    private readonly string? _font;

    public ScottPlotProgressChart()
    {
        if (FontFiles.FirstOrDefault(File.Exists) is { } file)
        {
            Fonts.AddFontFile(FontName, file);
            _font = FontName;
        }
    }

    public ChartImage? Render(ProgressReport report, int width, int height)
    {
        if (report.DailyIntensity.Count == 0)
        {
            return null;
        }

        using var plot = new Plot();
        if (_font is not null)
        {
            plot.Font.Set(_font);
        }

        AddLine(plot, report, d => d.Before, "At the start", Colors.OrangeRed);
        AddLine(plot, report, d => d.After, "At the end", Colors.SteelBlue);
        plot.Axes.DateTimeTicksBottom();
        plot.Axes.SetLimitsY(0, 10.5);
        plot.Title("Your last 30 days");
        plot.YLabel("How strong (0-10)");
        plot.ShowLegend(Alignment.UpperRight);
        var png = PalettePng.Encode(plot.GetImageBytes(width, height, ImageFormat.Png));
        return new ChartImage(png, width, height);
    }

    private static void AddLine(Plot plot, ProgressReport report, Func<(DateOnly Day, double? Before, double? After), double?> value, string label, Color color)
    {
        var points = report.DailyIntensity.Where(d => value(d) is not null).ToList();
        if (points.Count == 0)
        {
            return;
        }

        var line = plot.Add.Scatter(
            points.Select(d => d.Day.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray(),
            points.Select(d => value(d)!.Value).ToArray(),
            color);
        line.LegendText = label;
        line.LineWidth = 2;
        line.MarkerSize = 7;
    }
}
