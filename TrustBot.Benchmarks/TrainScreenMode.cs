using System.Diagnostics;
using System.Globalization;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Safety.Learned;
using TrustBot.Dialogs.Safety.Learned.Training;

namespace TrustBot.Benchmarks;

/// <summary>
/// <c>train-screen [--no-write] [--bits N] [--epochs N] [--alpha X] [--l1 X] [--l2 X] [--outsider X]</c>:
/// trains the learned crisis screen on the repository's training TSVs, prints the leave-one-file-out
/// cross-validation figures (rules alone and rules + model), chooses the thresholds on them and writes
/// TrustBot.Dialogs/Safety/Learned/screen-model.bin. Deterministic: a rerun writes the same weights.
/// </summary>
internal static class TrainScreenMode
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var root = ScreenTrainingData.FindRepositoryRoot(Directory.GetCurrentDirectory());
        if (root is null)
        {
            await output.WriteLineAsync("train-screen: run it inside the repository (TrustBot.sln not found)");
            return 2;
        }

        var options = Options(args);
        var files = ScreenTrainingData.DefaultFiles(root);
        var rows = ScreenTrainingData.Load(files);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"train-screen: {rows.Count} rows from {files.Count} files ({string.Join(", ", files.Select(Path.GetFileName))}); {options.Describe()}"));

        var clock = Stopwatch.StartNew();
        var rules = new CrisisDetector(learnedSignal: false);
        var rulesCrisis = rows.Select(r => rules.Assess(r.Text).IsCrisis).ToList();
        var heldOut = ScreenCrossValidation.Run(rows, rulesCrisis, options);
        var (escalate, clarify) = ScreenCrossValidation.ChooseThresholds(heldOut, options);
        await output.WriteAsync(ScreenCrossValidation.Report("leave one file out (train/: one language out)", heldOut, escalate, clarify));
        if (args.Contains("--random-folds", StringComparer.Ordinal))
        {
            var random = ScreenCrossValidation.RunRandom(rows, rulesCrisis, options);
            await output.WriteAsync(ScreenCrossValidation.Report("five random folds (same thresholds)", random, escalate, clarify));
        }

        var hash = ScreenTrainingData.Hash(rows, options);
        var model = ScreenTrainer.Train(rows, options, escalate, clarify, hash);
        var screen = new LearnedScreen(model);
        var trainingAccuracy = rows.Count(r => r.IsCrisis == (screen.Predict(r.Text).CrisisProbability >= clarify)) / (double)rows.Count;
        using var buffer = new MemoryStream();
        model.Write(buffer);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"final model: 2^{options.Bits} buckets x {ScreenClasses.Count} classes, {model.NonZeroBuckets} non-zero buckets, {buffer.Length / 1024.0:F0} KiB; training accuracy (crisis or not) {trainingAccuracy:P1}; data hash {hash[..12]}; {clock.Elapsed.TotalSeconds:F0} s"));

        if (!args.Contains("--no-write", StringComparer.Ordinal))
        {
            var path = Path.Combine(root, "TrustBot.Dialogs", "Safety", "Learned", "screen-model.bin");
            await File.WriteAllBytesAsync(path, buffer.ToArray());
            await output.WriteLineAsync("wrote " + Path.GetRelativePath(root, path));
        }

        return 0;
    }

    private static ScreenTrainingOptions Options(string[] args)
    {
        var options = new ScreenTrainingOptions();
        for (var i = 0; i + 1 < args.Length; i++)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--bits" => options with { Bits = int.Parse(value, CultureInfo.InvariantCulture) },
                "--epochs" => options with { Epochs = int.Parse(value, CultureInfo.InvariantCulture) },
                "--alpha" => options with { Alpha = double.Parse(value, CultureInfo.InvariantCulture) },
                "--l1" => options with { L1 = double.Parse(value, CultureInfo.InvariantCulture) },
                "--l2" => options with { L2 = double.Parse(value, CultureInfo.InvariantCulture) },
                "--outsider" => options with { OutsiderWeight = double.Parse(value, CultureInfo.InvariantCulture) },
                _ => options,
            };
        }

        return options;
    }
}
