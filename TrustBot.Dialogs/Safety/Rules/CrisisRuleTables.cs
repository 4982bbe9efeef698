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

    public static CrisisRuleTables Create() => new(
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
