using TrustBot.Dialogs.Progress;

namespace TrustBot.Progress;

public static class ProgressChartServiceCollectionExtensions
{
    /// <summary>Charts in "my progress"; a plain Add wins over the dialogs' words-only default.</summary>
    public static IServiceCollection AddTrustBotProgressCharts(this IServiceCollection services) =>
        services.AddSingleton<IProgressChart, ScottPlotProgressChart>();
}
