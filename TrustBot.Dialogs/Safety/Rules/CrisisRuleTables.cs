namespace TrustBot.Dialogs.Safety.Rules;

/// <summary>All languages' rule tables, compiled once. English always runs (people code-switch); others run when detected.</summary>
internal sealed class CrisisRuleTables
{
    private CrisisRuleTables(LanguageRules english, IReadOnlyList<LanguageRules> others)
    {
        English = english;
        Others = others;
    }

    public LanguageRules English { get; }

    public IReadOnlyList<LanguageRules> Others { get; }

    /// <summary>Builds every table and runs each pattern once: the literal filter skips most patterns on real messages, so warming by example would leave them cold.</summary>
    public static CrisisRuleTables Create()
    {
        var tables = Build();
        foreach (var pattern in new[] { tables.English }.Concat(tables.Others).SelectMany(l => l.AllPatterns()))
        {
            pattern.WarmUp();
        }

        return tables;
    }

    private static CrisisRuleTables Build() => new(
        EnglishRules.Build(),
        [
            SpanishRules.Build(),
            FrenchRules.Build(),
            PortugueseRules.Build(),
            GermanRules.Build(),
            HindiRules.Build(),
            TagalogRules.Build(),
            ChineseRules.Build(),
            VietnameseRules.Build(),
            KoreanRules.Build(),
            ArabicRules.Build(),
        ]);
}
