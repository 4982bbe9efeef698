using System.Text.RegularExpressions;
using TrustBot.Dialogs.Safety.Concepts;
using TrustBot.Dialogs.Safety.Learned;
using TrustBot.Dialogs.Safety.Rules;

namespace TrustBot.Dialogs.Safety;

/// <summary>
/// Deterministic, local crisis detector. Each sentence of a message is normalised, idioms are blanked,
/// then every phrase family of English and of the detected languages is tried; a match counts only
/// if it passes its guards (negation, past, third person, media). The most urgent surviving verdict
/// wins: medical, escalate, abuse, clarify. Build once and share: the rule tables are compiled here.
/// </summary>
public sealed class CrisisDetector : ICrisisDetector
{
    private const int DistressMemoryTurns = 3;
    private const int NegationWindow = 5;

    // Compiling the rule tables takes a moment; they are immutable, so every detector shares one set.
    private static readonly Lazy<CrisisRuleTables> SharedTables = new(CrisisRuleTables.Create, LazyThreadSafetyMode.ExecutionAndPublication);

    // The learned screen's weights are read once per process and shared, like the rule tables.
    private static readonly Lazy<LearnedScreen> SharedScreen = new(LearnedScreen.LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly CrisisRuleTables _tables;
    private readonly LearnedScreen? _learned;

    /// <summary>Builds every rule table, reads the learned screen and runs each pattern once, so the first real message pays no start-up cost.</summary>
    public CrisisDetector()
        : this(learnedSignal: true)
    {
    }

    /// <param name="learnedSignal">False for the rules alone (the trainer measures them; see Safety/Learned).</param>
    public CrisisDetector(bool learnedSignal)
    {
        _tables = SharedTables.Value;
        _learned = learnedSignal ? SharedScreen.Value : null;
        foreach (var warmUp in WarmUpMessages)
        {
            _ = Assess(warmUp);
        }
    }

    // One line per script family: each language's tables and concept patterns run once at construction.
    private static readonly string[] WarmUpMessages =
    [
        "i want to die tonight, he took my passport and i am scared",
        "quiero morir. je veux mourir. eu quero morrer. ich will sterben. main marna chahta hoon. gusto ko nang mamatay. toi muon chet",
        "我想死 죽고 싶어 أريد أن أموت मैं मरना चाहता हूँ",
    ];

    /// <summary>The learned screen this detector consults (null for the rules alone); one shared instance per process.</summary>
    internal LearnedScreen? LearnedSignal => _learned;

    public SafetyAssessment Assess(string? text) => Assess(text, null).Assessment;

    public SafetyResult Assess(string? text, SafetyContext? context)
    {
        context ??= SafetyContext.Empty;
        var normalized = TextNormalizer.Normalize(text);
        var languages = LanguageDetector.Detect(normalized, _tables);
        var language = normalized.WordCount == 0 || languages.Count == 0 ? "und" : languages[0].Language;
        var distressInMessage = HasDistress(normalized, languages);
        var distressInContext = context.DistressTurnsLeft > 0;

        var vetoed = new List<IReadOnlyList<string>>(languages.Count);
        foreach (var rules in languages)
        {
            vetoed.Add([.. normalized.Sentences.Select(s => ApplyVetoes(s, rules))]);
        }

        var recovered = normalized.Sentences.Select(s => IsRecoveredHistory(s, languages)).ToArray();
        var assessment = AssessSentences(normalized, languages, vetoed, recovered, _tables.English, language, distressInMessage || distressInContext);
        assessment ??= AssessGoodbyeMessage(normalized, language, distressInMessage || distressInContext);
        assessment ??= AssessEmoji(normalized, language, distressInMessage || distressInContext);
        assessment ??= AssessClarifyAnswer(normalized, languages, language, context);
        assessment ??= SafetyAssessment.None(language);
        assessment = Raise(assessment, AssessConcepts(languages, vetoed, recovered, language));
        assessment = _learned?.Raise(normalized, assessment) ?? assessment;

        var distressNow = distressInMessage || assessment.Decision is CrisisDecision.Clarify or CrisisDecision.Escalate;
        var next = new SafetyContext(
            assessment.Decision,
            assessment.Category,
            distressNow ? DistressMemoryTurns : Math.Max(0, context.DistressTurnsLeft - 1),
            assessment.Decision == CrisisDecision.Clarify);
        return new SafetyResult(assessment, next);
    }

    /// <summary>The concept screen of every detected language; the most urgent verdict wins.</summary>
    private static SafetyAssessment? AssessConcepts(IReadOnlyList<LanguageRules> languages, List<IReadOnlyList<string>> vetoed, bool[] recovered, string language)
    {
        SafetyAssessment? best = null;
        for (var i = 0; i < languages.Count; i++)
        {
            if (languages[i].Concepts is { } lexicon && ConceptScreen.Assess(vetoed[i], recovered, lexicon, language) is { } verdict
                && (best is null || Rank(verdict.Decision) > Rank(best.Decision)))
            {
                best = verdict;
            }
        }

        return best;
    }

    /// <summary>A second reading can only raise the verdict; the flags of both are kept.</summary>
    private static SafetyAssessment Raise(SafetyAssessment current, SafetyAssessment? other)
    {
        if (other is null)
        {
            return current;
        }

        if (Rank(other.Decision) > Rank(current.Decision))
        {
            return other with { MentionsPastRisk = other.MentionsPastRisk || current.MentionsPastRisk, ThirdParty = other.ThirdParty || current.ThirdParty };
        }

        return current.Decision == CrisisDecision.Continue && current.RuleId.Length == 0 && (other.MentionsPastRisk || other.ThirdParty)
            ? current with { MentionsPastRisk = other.MentionsPastRisk, ThirdParty = other.ThirdParty }
            : current;
    }

    private static SafetyAssessment? AssessSentences(NormalizedText normalized, IReadOnlyList<LanguageRules> languages, List<IReadOnlyList<string>> vetoed, bool[] recoveredSentences, LanguageRules english, string language, bool distress)
    {
        SafetyAssessment? best = null;
        SafetyAssessment? history = null;
        SafetyAssessment? thirdParty = null;
        SortedSet<string>? weak = null;
        var weakHits = 0;
        var weakCategory = CrisisCategory.SuicidalThoughts;
        for (var si = 0; si < normalized.Sentences.Count; si++)
        {
            var recovered = recoveredSentences[si];
            for (var li = 0; li < languages.Count; li++)
            {
                var rules = languages[li];
                var text = vetoed[li][si];
                foreach (var rule in rules.Rules)
                {
                    var match = LeftmostMatch(rule.Parts, text);
                    if (!match.Success)
                    {
                        continue;
                    }

                    var verdict = Judge(rule, match, text, rules, english, distress, language, recovered);
                    if (!distress && rule.Guards.HasFlag(RuleGuards.EscalatesAfterDistress)
                        && Judge(rule, match, text, rules, english, true, language, recovered) is { Decision: CrisisDecision.Escalate, ThirdParty: false, MentionsPastRisk: false })
                    {
                        (weak ??= new SortedSet<string>(StringComparer.Ordinal)).Add(rule.Id);
                        // Two different phrases of one family ("I've made up my mind, tonight's the night") are two signals.
                        var end = match.Index + match.Length;
                        weakHits += rule.Parts.Any(p => FirstIndex(p, text, end) >= 0) ? 2 : 1;
                        weakCategory = rule.Category;
                    }

                    if (verdict is null)
                    {
                        continue;
                    }

                    if (verdict.ThirdParty)
                    {
                        thirdParty ??= verdict;
                    }
                    else if (verdict.MentionsPastRisk)
                    {
                        history ??= verdict;
                    }
                    else if (verdict.Decision != CrisisDecision.Continue && (best is null || Rank(verdict.Decision) > Rank(best.Decision)))
                    {
                        best = verdict;
                    }
                }
            }
        }

        // Two independent soft signals ("I said goodbye to everyone" + "tonight's the night"), or a
        // passive wish plus a means or plan signal, are read together as current risk.
        if (weak is not null && (best is null || best.Decision == CrisisDecision.Clarify))
        {
            var passive = best is not null && !weak.Contains(best.RuleId);
            if (weakHits >= 2 || passive)
            {
                var id = "combined." + string.Join('+', weak) + (passive ? "+" + best!.RuleId : string.Empty);
                best = new SafetyAssessment(CrisisDecision.Escalate, passive ? CrisisCategory.SuicidalThoughts : weakCategory, id, language);
            }
        }

        if (best is not null)
        {
            return best with { MentionsPastRisk = history is not null, ThirdParty = thirdParty is not null };
        }

        if (history is not null)
        {
            return history with { ThirdParty = thirdParty is not null };
        }

        return thirdParty;
    }

    private static bool IsRecoveredHistory(string sentence, IReadOnlyList<LanguageRules> languages)
    {
        foreach (var rules in languages)
        {
            if (rules.Concepts is { } lexicon && lexicon.IsRecoveredHistory(sentence))
            {
                return true;
            }
        }

        return false;
    }

    private static SafetyAssessment? Judge(CrisisRule rule, Match match, string sentence, LanguageRules rules, LanguageRules english, bool distress, string language, bool recovered)
    {
        var before = ClauseBefore(sentence, match.Index, rules);
        if (rule.Guards.HasFlag(RuleGuards.Media) && IsMedia(ClauseAround(sentence, match, rules), rules, english))
        {
            return null;
        }

        if (rule.Guards.HasFlag(RuleGuards.Negation) && IsNegated(before, rules))
        {
            return null;
        }

        if (rule.Guards.HasFlag(RuleGuards.ThirdPartyRule))
        {
            return new SafetyAssessment(CrisisDecision.Continue, rule.Category, rule.Id, language, ThirdParty: true);
        }

        if (rule.Guards.HasFlag(RuleGuards.Subject) && !StartsWithFirstPerson(match.Value, rules) && IsThirdPerson(before, rules))
        {
            return new SafetyAssessment(CrisisDecision.Continue, rule.Category, rule.Id + ".third-party", language, ThirdParty: true);
        }

        // An episode told as over ("years ago ..., now much better with therapy"), in any detected language.
        if (recovered || rule.Guards.HasFlag(RuleGuards.Past) && IsPast(sentence, match.Index, rules))
        {
            return new SafetyAssessment(CrisisDecision.Continue, rule.Category, rule.Id + ".past", language, MentionsPastRisk: true);
        }

        var decision = rule.Decision;
        var id = rule.Id;
        if (rule.Guards.HasFlag(RuleGuards.EscalatesAfterDistress) && distress)
        {
            decision = CrisisDecision.Escalate;
            id += ".after-distress";
        }

        return decision == CrisisDecision.Continue ? null : new SafetyAssessment(decision, rule.Category, id, language);
    }

    private static SafetyAssessment? AssessEmoji(NormalizedText normalized, string language, bool distress)
    {
        if (normalized.Emoji == RiskEmoji.None)
        {
            return null;
        }

        var category = (normalized.Emoji & (RiskEmoji.Knife | RiskEmoji.Blood)) != 0 && (normalized.Emoji & (RiskEmoji.Pills | RiskEmoji.Coffin | RiskEmoji.Headstone | RiskEmoji.Gun | RiskEmoji.Rope)) == 0
            ? CrisisCategory.SelfHarm
            : CrisisCategory.SuicidalThoughts;
        if (normalized.WordCount == 0)
        {
            // Only risk emoji ("🔪🩸", "💊💊💊⚰️"): ambiguous on its own, so ask.
            return new SafetyAssessment(distress ? CrisisDecision.Escalate : CrisisDecision.Clarify, category, distress ? "emoji.only.after-distress" : "emoji.only", language);
        }

        foreach (var sentence in normalized.Sentences)
        {
            if (SafeIsMatch(EmojiBenign, sentence))
            {
                return null;
            }
        }

        foreach (var sentence in normalized.Sentences)
        {
            if (SafeIsMatch(EmojiIntent, sentence))
            {
                return new SafetyAssessment(CrisisDecision.Escalate, category, "emoji.with-intent", language);
            }
        }

        return distress ? new SafetyAssessment(CrisisDecision.Clarify, category, "emoji.with-distress", language) : null;
    }

    /// <summary>A farewell spread over sentences: "I'm sorry for everything. Goodbye."</summary>
    private static SafetyAssessment? AssessGoodbyeMessage(NormalizedText normalized, string language, bool distress)
    {
        var message = string.Concat(normalized.Sentences);
        if (normalized.Sentences.Count >= 2 && SafeIsMatch(GoodbyeMessage, message))
        {
            return new SafetyAssessment(CrisisDecision.Escalate, CrisisCategory.SuicidalThoughts, "en.suicidal.goodbye-message", language);
        }

        // "Thanks for listening. I won't be checking in anymore. Take care of yourself": each part is
        // ordinary, together they read like a farewell, so ask (or escalate after distress).
        if (SafeIsMatch(FarewellFinal, message) && SafeIsMatch(FarewellWarm, message))
        {
            return distress
                ? new SafetyAssessment(CrisisDecision.Escalate, CrisisCategory.SuicidalThoughts, "en.suicidal.farewell-cues.after-distress", language)
                : new SafetyAssessment(CrisisDecision.Clarify, CrisisCategory.SuicidalThoughts, "en.suicidal.farewell-cues", language);
        }

        return null;
    }

    private static SafetyAssessment? AssessClarifyAnswer(NormalizedText normalized, IReadOnlyList<LanguageRules> languages, string language, SafetyContext context)
    {
        if (!context.AwaitingClarifyAnswer || normalized.Sentences.Count == 0)
        {
            return null;
        }

        foreach (var rules in languages)
        {
            if (rules.Affirmations is { } yes && SafeIsMatch(yes, normalized.Sentences[0]))
            {
                var category = context.LastCategory == CrisisCategory.None ? CrisisCategory.SuicidalThoughts : context.LastCategory;
                return new SafetyAssessment(CrisisDecision.Escalate, category, "context.clarify-answer-yes", language);
            }
        }

        return null;
    }

    private static bool HasDistress(NormalizedText normalized, IReadOnlyList<LanguageRules> languages)
    {
        foreach (var sentence in normalized.Sentences)
        {
            foreach (var rules in languages)
            {
                if (rules.DistressCues is { } cues && SafeIsMatch(cues, sentence))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The leftmost match over a rule's parts, as the single alternation would have found it.</summary>
    private static Match LeftmostMatch(IReadOnlyList<RulePattern> parts, string text)
    {
        // Most parts do not match: search without allocating and build a Match only for the winner.
        RulePattern? winner = null;
        var winnerIndex = int.MaxValue;
        foreach (var part in parts)
        {
            var index = FirstIndex(part, text);
            if (index >= 0 && index < winnerIndex)
            {
                winner = part;
                winnerIndex = index;
            }
        }

        return winner is null ? Match.Empty : SafeMatch(winner, text);
    }

    private static int FirstIndex(RulePattern pattern, string text, int start = 0)
    {
        try
        {
            foreach (var match in pattern.EnumerateMatches(text, start))
            {
                return match.Index;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Counts as not matched, like SafeMatch.
        }

        return -1;
    }

    /// <summary>Whether the pattern matches, without allocating; a timeout counts as no match.</summary>
    private static bool SafeIsMatch(RulePattern pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>A match that cannot throw: a timed-out rule counts as not matched and the other rules still run.</summary>
    private static Match SafeMatch(RulePattern pattern, string text)
    {
        try
        {
            return pattern.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return Match.Empty;
        }
    }

    private static string ApplyVetoes(string sentence, LanguageRules rules)
    {
        foreach (var veto in rules.Vetoes)
        {
            try
            {
                sentence = veto.Replace(sentence, " ~ ");
            }
            catch (RegexMatchTimeoutException)
            {
                // Keep the sentence as it is: a missed idiom can only make the detector more careful.
            }
        }

        return sentence;
    }

    /// <summary>The tokens of the clause before the match, nearest last.</summary>
    private static string[] ClauseBefore(string sentence, int index, LanguageRules rules)
    {
        var tokens = sentence[..index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = tokens.Length;
        while (start > 0 && tokens[start - 1] != "," && !rules.ClauseBreakers.Contains(tokens[start - 1]))
        {
            start--;
        }

        return tokens[start..];
    }

    private static string ClauseAround(string sentence, Match match, LanguageRules rules)
    {
        var startTokens = ClauseBefore(sentence, match.Index, rules);
        var rest = sentence[(match.Index + match.Length)..];
        var comma = rest.IndexOf(',', StringComparison.Ordinal);
        var after = comma >= 0 ? rest[..comma] : rest;
        return " " + string.Join(' ', startTokens) + " " + match.Value + " " + after + " ";
    }

    /// <summary>Media words count in the rule's language and in English (people mix them).</summary>
    private static bool IsMedia(string clause, LanguageRules rules, LanguageRules english) =>
        (rules.MediaMarkers is { } own && SafeIsMatch(own, clause))
        || (!ReferenceEquals(rules, english) && rules.SharesEnglishMedia && english.MediaMarkers is { } en && SafeIsMatch(en, clause));

    private static bool IsNegated(string[] before, LanguageRules rules)
    {
        var from = Math.Max(0, before.Length - NegationWindow);
        for (var i = from; i < before.Length; i++)
        {
            if (!rules.Negators.Contains(before[i]))
            {
                continue;
            }

            var next = i + 1 < before.Length ? before[i + 1] : null;
            if (next is not null && rules.NegationExempt.Contains(next))
            {
                continue;
            }

            // "I can't do this anymore I want to die": a new subject after the negator starts a new clause.
            // ("there's no way I'd", "I don't think I" stay negated: too close to be a new clause.)
            var newClause = false;
            for (var j = i + 3; j < before.Length; j++)
            {
                newClause |= rules.FirstPersonSubjects.Contains(before[j]);
            }

            if (newClause)
            {
                continue;
            }

            // "if I don't unlock it he hits me": the negator belongs to the condition, not to the match.
            if (before.Length - i >= 3 && IsConditionOpener(before, i, rules))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    private static bool IsConditionOpener(string[] before, int negator, LanguageRules rules)
    {
        for (var k = negator - 1; k >= 0 && k >= negator - 3; k--)
        {
            if (rules.ConditionOpeners.Contains(before[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"if she cheats again I'll ...": the match names its own first-person subject, so earlier subjects do not count.</summary>
    private static bool StartsWithFirstPerson(string matched, LanguageRules rules)
    {
        var trimmed = matched.AsSpan().TrimStart(' ');
        var end = trimmed.IndexOf(' ');
        var first = end < 0 ? trimmed : trimmed[..end];
        return rules.FirstPersonSubjects.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first);
    }

    private static bool IsThirdPerson(string[] before, LanguageRules rules)
    {
        for (var i = before.Length - 1; i >= 0; i--)
        {
            if (rules.FirstPersonSubjects.Contains(before[i]))
            {
                return false;
            }

            if (rules.ThirdPersonSubjects.Contains(before[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPast(string sentence, int matchIndex, LanguageRules rules)
    {
        if (rules.PastMarkers is not { } past || !SafeIsMatch(past, sentence))
        {
            return false;
        }

        // "something happened years ago, now I just want to die": the past covers only what comes before the shift.
        var firstPast = FirstIndex(past, sentence);
        if (rules.ShiftMarkers is { } shift && firstPast < matchIndex)
        {
            var between = FirstIndex(shift, sentence, firstPast);
            if (between >= 0 && between < matchIndex)
            {
                return false;
            }
        }

        // "two years ago I had those thoughts, today I'm much better with therapy": recovery keeps it history.
        if (rules.RecoveryMarkers is { } recovery && SafeIsMatch(recovery, sentence))
        {
            return true;
        }

        // "I used to cut, I'm fine now" is history; "I used to cut and started again last night" is not.
        string rest;
        try
        {
            rest = past.Replace(sentence, " ~ ");
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }

        return rules.RecentMarkers is not { } recent || !SafeIsMatch(recent, rest);
    }

    private static int Rank(CrisisDecision decision) => decision switch
    {
        CrisisDecision.Medical => 4,
        CrisisDecision.Escalate => 3,
        CrisisDecision.Abuse => 2,
        CrisisDecision.Clarify => 1,
        _ => 0,
    };

    private static readonly RulePattern EmojiIntent = RuleBuilder.Compile(@"\b(?:i|im|me|my|myself|mine|want|wanna|need|cant|done|goodbye|bye|tonight|end|over|enough|sorry|ready|last|forever|no more|time|again|hate|tired|deserve|soon|tomorrow|today|now|rip|finally|gone|peace|ending|it|this|die|dead|kill|cut|please|help|quero|quiero|je|veux|ich|will|gusto|toi|muon)\b|[我나]|أنا");

    private static readonly RulePattern GoodbyeMessage = RuleBuilder.Compile(@"\btell (?:him|her|them|my \w+|everyone) (?:that )?(?:im sorry|i love|i loved|i always loved)\b.{0,80}\b(?:goodbye|farewell)\b|\bif (?:youre|you are|anyone is|someone is) reading this\b.{0,40}\b(?:im|i am|i m) (?:already |probably )?(?:gone|dead|not here|not alive|not around)\b|\b(?:im sorry for everything|sorry for everything|please forgive me|forgive me|i love you all|i love you guys|take care of (?:yourselves|each other|mum|mom|dad)|im sorry (?:i (?:wasnt|was not|couldnt|could not|never|failed)|for (?:being|all the)))\b.{0,80}\b(?:goodbye|farewell|bye forever|goodbye forever)\b(?! (?:for now|for tonight|see you|talk))|\b(?:goodbye|farewell)\b.{0,80}\b(?:im sorry for everything|sorry for everything|please forgive me|i love you all)\b");

    private static readonly RulePattern FarewellFinal = RuleBuilder.Compile(@"\b(?:i (?:wont|will not) be (?:checking in|around|here|talking|messaging|writing|coming back|back|bothering (?:you|anyone)) (?:anymore|any more|again|after (?:today|tonight))|you (?:wont|will not) (?:hear from|see|need to worry about) me (?:again|anymore)|(?:this is|its) (?:the|my) last time (?:ill|i will|im|i) (?:write|talk|message|check in|text)|this is my last (?:check in|message|text)|(?:im sorry|sorry) (?:bye|goodbye) $|(?:wrote|written|left|leaving|writing) (?:\w+ )?(?:letters?|notes?) for (?:everyone|everybody|my (?:family|kids|children|parents|wife|husband|mum|mom|dad|sister|brother|partner)|all of you|each of you|them all))\b");

    private static readonly RulePattern FarewellWarm = RuleBuilder.Compile(@"\b(?:(?:thanks?|thank you) for (?:listening|everything|trying|being there|all (?:your|the) help|putting up with me)|take care of (?:yourself|yourselves|each other|them|my \w+)|im sorry for everything|please forgive me|i love you all|tell \w+ (?:i love|im sorry)|love you (?:mom|mum|dad|mama|papa|all|guys|everyone))\b");

    private static readonly RulePattern EmojiBenign = RuleBuilder.Compile(@"\b(?:cook|cooking|chop|chopping|dinner|lunch|breakfast|recipe|kitchen|steak|vitamins?|supplements?|prescription|pharmacy|chemist|doctor|headache|flu|cold|birthday|halloween|costume|movie|film|game|gaming|show|book|period|donate|donated|donating|blood drive|blood test|knife set|butcher|camping|hunting|range|lol)\b");
}
