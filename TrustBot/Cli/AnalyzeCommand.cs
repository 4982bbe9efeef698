using System.Buffers;
using System.Text;
using System.Text.Json;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Sentiment;

namespace TrustBot.Cli;

/// <summary>
/// <c>dotnet run --project TrustBot -- analyze [--conversation]</c>: one message per stdin line, one JSON
/// object per stdout line. Local analyzers only (no network). Lines are independent unless
/// <c>--conversation</c> is given, then risk builds across lines as it would across turns.
/// </summary>
public static class AnalyzeCommand
{
    public const string Name = "analyze";

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var conversation = args.Contains("--conversation", StringComparer.Ordinal);
        var detector = new CrisisDetector();
        var sentiment = new LocalSentimentAnalyzer();
        var context = SafetyContext.Empty;
        var buffer = new ArrayBufferWriter<byte>(512);
        string? line;
        while ((line = await input.ReadLineAsync(cancellationToken)) is not null)
        {
            var result = detector.Assess(line, conversation ? context : null);
            context = result.Context;
            var mood = sentiment.Analyze(line);
            buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                Write(writer, result.Assessment, mood);
            }

            await output.WriteLineAsync(Encoding.UTF8.GetString(buffer.WrittenSpan).AsMemory(), cancellationToken);
        }

        await output.FlushAsync(cancellationToken);
        return 0;
    }

    /// <summary>Wire names for decisions and categories (lower case, kebab case).</summary>
    public static string ToWire(CrisisDecision decision) => decision.ToString().ToLowerInvariant();

    public static string ToWire(CrisisCategory category) => category switch
    {
        CrisisCategory.SuicidalThoughts => "suicidal-thoughts",
        CrisisCategory.PassiveDeathWish => "passive-death-wish",
        CrisisCategory.SelfHarm => "self-harm",
        CrisisCategory.MedicalEmergency => "medical-emergency",
        CrisisCategory.DangerAbuse => "danger-abuse",
        CrisisCategory.HarmToOthers => "harm-to-others",
        _ => "none",
    };

    private static void Write(Utf8JsonWriter writer, SafetyAssessment assessment, SentimentResult mood)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("crisis", assessment.IsCrisis);
        writer.WriteString("decision", ToWire(assessment.Decision));
        writer.WriteString("category", ToWire(assessment.Category));
        if (assessment.RuleId.Length > 0)
        {
            writer.WriteString("rule", assessment.RuleId);
        }
        else
        {
            writer.WriteNull("rule");
        }

        writer.WriteString("language", assessment.Language);
        writer.WriteBoolean("thirdParty", assessment.ThirdParty);
        writer.WriteBoolean("pastRisk", assessment.MentionsPastRisk);
        writer.WriteStartObject("sentiment");
        writer.WriteNumber("score", mood.Score);
        writer.WriteString("label", mood.Label.ToString().ToLowerInvariant());
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
