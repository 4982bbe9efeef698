using TrustBot.Benchmarks;

// Modes keep each benchmark separate; add new ones to the table (e.g. "storage", "turns").
var modes = new Dictionary<string, Func<string[], TextWriter, Task<int>>>(StringComparer.OrdinalIgnoreCase)
{
    ["analyzer"] = AnalyzerBenchmark.RunAsync,
    ["classify"] = ClassifyMode.RunAsync,
    ["startup"] = StartupBenchmark.RunAsync,
    ["turns"] = TurnsBenchmark.RunAsync,
    ["history"] = HistoryBenchmark.RunAsync,
    ["dispatch"] = DispatchBenchmark.RunAsync,
    ["score"] = SafetyScoreMode.RunAsync,
    ["public-data"] = PublicDataMode.RunAsync,
    ["train-screen"] = TrainScreenMode.RunAsync,
};

if (args.Length == 0 || !modes.TryGetValue(args[0], out var run))
{
    await Console.Error.WriteLineAsync("usage: dotnet run -c Release --project TrustBot.Benchmarks -- <mode> [options]");
    await Console.Error.WriteLineAsync("modes: " + string.Join(", ", modes.Keys));
    return 2;
}

return await run(args[1..], Console.Out);
