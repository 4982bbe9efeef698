using System.Text.RegularExpressions;
using TrustBot.Dialogs.Safety.Rules;

namespace TrustBot.Dialogs.Safety.Concepts;

/// <summary>
/// Finds concepts per clause and composes them into a verdict. Guards scope a clause, not the message:
/// another person's risk, reported speech, hyperbole or an old episode silence only the clause they are
/// in, so "my dad is suicidal, but I have the plan too" still escalates. Strong combinations escalate;
/// weaker ones clarify (one kind question) instead of continuing.
/// </summary>
internal static class ConceptScreen
{
    private const Concept SuicideCues = Concept.Revenge | Concept.Body | Concept.Echo | Concept.Ending | Concept.Passive | Concept.Burden | Concept.Farewell | Concept.Decision | Concept.Resolve
        | Concept.Plan | Concept.Rehearsal | Concept.SelfHarm | Concept.Urge | Concept.SelfDistrust | Concept.Intent | Concept.Wish
        | Concept.Means | Concept.AtHand | Concept.Overdose | Concept.Ingested | Concept.Parting | Concept.HarmOther;

    private const Concept Negatable = SuicideCues | Concept.AbuseAct | Concept.AbuseControl | Concept.AbuseThreat | Concept.Fear | Concept.Symptom;

    /// <summary>Cues that can decide on their own or start a combination; the rest only modify them.</summary>
    private const Concept Primary = Concept.Ending | Concept.Passive | Concept.Burden | Concept.Farewell | Concept.Resolve | Concept.SelfDistrust
        | Concept.Overdose | Concept.HarmOther | Concept.SelfHarm | Concept.Echo | Concept.AbuseControl | Concept.AbuseThreat | Concept.AbuseAct
        | Concept.Danger | Concept.Plan | Concept.Rehearsal | Concept.Ingested | Concept.Urge | Concept.Decision | Concept.AtHand | Concept.Revenge;

    private const Concept Guards = Concept.Reported | Concept.Hyperbole | Concept.Media;

    private readonly record struct Hit(Concept Concept, int Start, int End);

    private readonly record struct Span(int Index, int Length);

    /// <summary>The concepts the writer owns in one message, and what the guards set aside.</summary>
    private sealed class Tally
    {
        public Concept Own;
        public Concept AnyClause;
        public Concept Abuse;
        public int Farewells;
        public int Plans;
        public bool Strong;
        public bool History;
        public bool ThirdParty;
        public bool Recovered;
    }

    /// <param name="sentences">The message's sentences after the language's idiom vetoes.</param>
    /// <param name="recovered">Per sentence, whether any detected language reads it as an episode told as over.</param>
    /// <param name="lexicon">The language's concept words.</param>
    /// <param name="language">The detected language, for the verdict.</param>
    public static SafetyAssessment? Assess(IReadOnlyList<string> sentences, IReadOnlyList<bool> recovered, ConceptLexicon lexicon, string language)
    {
        // Most messages carry no cue that can decide anything: find those first and stop there, so
        // modifiers and guards are searched only when a cue was found somewhere in the message.
        var perSentence = new List<Hit>?[sentences.Count];
        var any = false;
        for (var i = 0; i < sentences.Count; i++)
        {
            var found = new List<Hit>(4);
            Collect(sentences[i], lexicon, found, primary: true);
            perSentence[i] = found;
            any |= found.Count > 0;
        }

        if (!any)
        {
            return null;
        }

        var tally = new Tally();
        var breaks = new List<int>(8);
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var hits = perSentence[i]!;
            tally.Recovered = recovered[i];
            Collect(sentence, lexicon, hits, primary: false);
            if (hits.Count > 0)
            {
                breaks.Clear();
                breaks.Add(0);
                foreach (var m in Enumerate(lexicon.ClauseBreaks, sentence))
                {
                    breaks.Add(m.Index);
                }

                breaks.Add(sentence.Length);
                breaks.Sort();
                ScoreSentence(sentence, lexicon, hits, breaks, tally);
            }
        }

        return Decide(tally, language, lexicon.Language);
    }

    private static void Collect(string sentence, ConceptLexicon lexicon, List<Hit> hits, bool primary)
    {
        foreach (var (concept, pattern) in lexicon.Patterns)
        {
            if (((concept & Primary) != 0) != primary)
            {
                continue;
            }

            try
            {
                foreach (var m in pattern.EnumerateMatches(sentence))
                {
                    hits.Add(new Hit(concept, m.Index, m.Index + m.Length));
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A timed-out pattern counts as not found; the others still run.
            }
        }
    }

    private static List<Span> Enumerate(RulePattern pattern, string text)
    {
        var list = new List<Span>(2);
        try
        {
            foreach (var m in pattern.EnumerateMatches(text))
            {
                list.Add(new Span(m.Index, m.Length));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A timed-out pattern counts as not found; the others still run.
        }

        return list;
    }

    private static void ScoreSentence(string sentence, ConceptLexicon lexicon, List<Hit> hits, List<int> breaks, Tally tally)
    {
        var negators = Enumerate(lexicon.Negators, sentence);
        var firsts = Enumerate(lexicon.FirstPerson, sentence);
        var thirds = Enumerate(lexicon.ThirdPerson, sentence);
        var owner = true;
        for (var c = 0; c + 1 < breaks.Count; c++)
        {
            int from = breaks[c], to = breaks[c + 1];
            if (to <= from)
            {
                continue;
            }

            // Guards that touch the clause (a hyperbole may straddle "so"), and the clause's own owner.
            var guard = Concept.None;
            var past = false;
            var present = false;
            var recovery = false;
            var negatedFrom = int.MaxValue;
            var pastAfter = false;
            var intent = false;
            foreach (var h in hits)
            {
                if (h.Start < to && h.End > from && (h.Concept & Guards) != 0)
                {
                    guard |= h.Concept;
                }
            }

            foreach (var h in hits)
            {
                var inClause = h.Start >= from && h.Start < to;
                past |= h.Concept == Concept.Past && h.Start < to;
                recovery |= h.Concept == Concept.Recovery;
                present |= inClause && h.Concept is Concept.Present or Concept.Imminence && !Inside(h, hits, Concept.Recovery | Concept.Past);
                if (h.Concept == Concept.Past && h.Start >= to && h.Start < to + 40)
                {
                    // "he hit me once, years ago": a past marker just after the act, unless the clause speaks in the present.
                    pastAfter = true;
                }

                intent |= inClause && h.Concept is Concept.Intent or Concept.Wish;
            }

            // The owner is the nearest subject before the clause's first cue ("I ... with the pills he left" is mine).
            var cueStart = to;
            foreach (var h in hits)
            {
                if (h.Start >= from && h.Start < cueStart && (h.Concept & (SuicideCues | Concept.Echo)) != 0)
                {
                    cueStart = h.Start;
                }
            }

            var first = LastBefore(firsts, from, Math.Min(to, cueStart + 1));
            var third = LastBefore(thirds, from, cueStart);
            if (first >= 0 || third >= 0)
            {
                owner = first >= third;
            }

            var clause = Concept.None;
            foreach (var h in hits)
            {
                if (h.Start < from || h.Start >= to || (h.Concept & (Guards | Concept.Past | Concept.Recovery | Concept.Present)) != 0)
                {
                    continue;
                }

                if ((h.Concept & Negatable) != 0 && (h.Start >= negatedFrom || IsNegated(h, negators, firsts, sentence, lexicon, from)))
                {
                    negatedFrom = Math.Min(negatedFrom, h.Start);
                    continue;
                }

                clause |= h.Concept;
                if ((guard & Guards) == 0)
                {
                    tally.Farewells += h.Concept == Concept.Farewell ? 1 : 0;
                    tally.Plans += h.Concept == Concept.Plan ? 1 : 0;
                }
            }

            // Abuse concepts describe what someone else does to the writer: the owner is not the writer.
            var abuse = clause & (Concept.AbuseActor | Concept.AbuseAct | Concept.AbuseControl | Concept.AbuseThreat | Concept.Fear | Concept.Danger);
            past |= pastAfter && !intent;
            // Recovery now ("much better with therapy") keeps an old episode history even when today is named.
            var oldEpisode = (recovery || tally.Recovered) && !intent || past && !present;
            if ((guard & (Concept.Media | Concept.Hyperbole)) == 0 && !(past && !present))
            {
                tally.Abuse |= abuse;
            }

            tally.AnyClause |= clause;
            if ((clause & SuicideCues) == 0)
            {
                continue;
            }

            if ((guard & Guards) != 0)
            {
                continue;
            }

            // Where the subject is usually dropped ("lo mato", "papatayin ko siya"), a third person near harm is its object.
            if (!owner && !(lexicon.DropsSubjects && (clause & Concept.HarmOther) != 0))
            {
                tally.ThirdParty = true;
                continue;
            }

            if (oldEpisode)
            {
                tally.History = true;
                continue;
            }

            tally.Own |= clause;
            tally.Strong |= IsStrongClause(clause);
        }
    }

    private static bool Inside(Hit h, List<Hit> hits, Concept containers)
    {
        foreach (var other in hits)
        {
            if ((other.Concept & containers) != 0 && other.Start <= h.Start && other.End >= h.End)
            {
                return true;
            }
        }

        return false;
    }

    private static int LastBefore(List<Span> matches, int from, int to)
    {
        var last = -1;
        foreach (var m in matches)
        {
            if (m.Index >= from && m.Index < to)
            {
                last = Math.Max(last, m.Index);
            }
        }

        return last;
    }

    /// <summary>A negator shortly before the hit, in its clause, with no new first-person subject in between.</summary>
    private static bool IsNegated(Hit hit, List<Span> negators, List<Span> firsts, string sentence, ConceptLexicon lexicon, int clauseStart)
    {
        foreach (var n in negators)
        {
            var end = n.Index + n.Length;
            if (n.Index < clauseStart || end > hit.Start || hit.Start - end > lexicon.NegationReach)
            {
                continue;
            }

            var next = NextWord(sentence, end);
            if (lexicon.NegationExempt.Contains(next))
            {
                continue;
            }

            // "I can't sleep, I just want to die" (three words on) starts anew; "there's no way I'd" stays negated.
            var newSubject = false;
            foreach (var f in firsts)
            {
                newSubject |= f.Index < hit.Start && WordsBetween(sentence, end, f.Index) >= 2;
            }

            if (!newSubject)
            {
                return true;
            }
        }

        return false;
    }

    private static int WordsBetween(string sentence, int from, int to)
    {
        if (to <= from)
        {
            return 0;
        }

        var words = 0;
        foreach (var part in sentence.AsSpan(from, to - from).Split(' '))
        {
            words += sentence.AsSpan(from, to - from)[part].Length > 0 ? 1 : 0;
        }

        return words;
    }

    private static string NextWord(string sentence, int index)
    {
        var span = sentence.AsSpan(index).TrimStart(' ');
        var space = span.IndexOf(' ');
        return (space < 0 ? span : span[..space]).ToString();
    }

    private static bool IsStrongClause(Concept c) =>
        Has(c, Concept.Ending) && HasAny(c, Concept.Intent | Concept.Decision | Concept.Plan | Concept.Imminence | Concept.Means | Concept.AtHand | Concept.Rehearsal | Concept.Resolve)
        || Has(c, Concept.Passive) && HasAny(c, Concept.Imminence | Concept.Means | Concept.AtHand | Concept.Plan)
        || Has(c, Concept.Means) && HasAny(c, Concept.AtHand | Concept.Plan | Concept.Rehearsal) && HasAny(c, Concept.Intent | Concept.Ending | Concept.Imminence | Concept.AtHand);

    private static SafetyAssessment? Decide(Tally t, string language, string lexiconLanguage)
    {
        var own = t.Own;
        var id = "concept." + lexiconLanguage + ".";
        SafetyAssessment Verdict(CrisisDecision decision, CrisisCategory category, string name) =>
            new(decision, category, id + name, language, t.History, t.ThirdParty);

        if (Has(own, Concept.Overdose) || Has(own, Concept.Ingested) && Has(t.AnyClause, Concept.Symptom)
            || Has(own, Concept.SelfHarm) && Has(t.AnyClause, Concept.Symptom) && HasAny(t.AnyClause, Concept.Imminence | Concept.Present))
        {
            return Verdict(CrisisDecision.Medical, CrisisCategory.MedicalEmergency, "act-in-progress");
        }

        if (Has(own, Concept.Echo) && (t.ThirdParty || t.History))
        {
            return Verdict(CrisisDecision.Escalate, Has(t.AnyClause, Concept.SelfHarm) ? CrisisCategory.SelfHarm : CrisisCategory.SuicidalThoughts, "echo-of-third-party");
        }

        // Revenge names the target ("he'll regret it"), so it counts in any clause once the writer has a weapon or a plan.
        if (Has(own, Concept.HarmOther) || HasAny(own | t.AnyClause, Concept.Revenge) && HasAny(t.AnyClause, Concept.Weapon | Concept.Plan))
        {
            return Verdict(CrisisDecision.Escalate, CrisisCategory.HarmToOthers, "harm-others");
        }

        if (t.Strong)
        {
            return Verdict(CrisisDecision.Escalate, CrisisCategory.SuicidalThoughts, "ending+intent");
        }

        var goodbye = t.Farewells >= 2
            || Has(own, Concept.Farewell) && HasAny(own, Concept.Ending | Concept.Decision | Concept.Resolve | Concept.Passive | Concept.Burden | Concept.Imminence | Concept.Plan | Concept.Parting)
            || HasAny(own, Concept.Decision | Concept.Resolve) && HasAny(own, Concept.Ending | Concept.Imminence | Concept.Means | Concept.Rehearsal | Concept.Plan | Concept.Parting)
            || Has(own, Concept.Rehearsal)
            || Has(own, Concept.Plan) && (t.Plans >= 2 || HasAny(t.AnyClause | own, Concept.Ending | Concept.Passive | Concept.Means | Concept.Topic));
        if (goodbye)
        {
            return Verdict(CrisisDecision.Escalate, CrisisCategory.SuicidalThoughts, "farewell+decision");
        }

        if (Has(own, Concept.SelfHarm) || Has(own, Concept.Urge) && HasAny(own, Concept.SelfDistrust | Concept.Means | Concept.AtHand | Concept.Imminence | Concept.Body)
            || Has(own, Concept.SelfDistrust) && HasAny(own, Concept.Means | Concept.Ending | Concept.Urge))
        {
            return Verdict(CrisisDecision.Escalate, CrisisCategory.SelfHarm, "self-harm");
        }

        var a = t.Abuse;
        if (Has(a, Concept.AbuseActor) && HasAny(a, Concept.AbuseAct | Concept.AbuseControl | Concept.AbuseThreat)
            || Has(a, Concept.Danger) && HasAny(a, Concept.Fear | Concept.AbuseControl | Concept.AbuseThreat)
            || Has(a, Concept.AbuseThreat) && Has(a, Concept.Fear))
        {
            return Verdict(CrisisDecision.Abuse, CrisisCategory.DangerAbuse, "abuse");
        }

        if (HasAny(own, Concept.Ending | Concept.Passive | Concept.Burden))
        {
            return Verdict(CrisisDecision.Clarify, Has(own, Concept.Ending) ? CrisisCategory.SuicidalThoughts : CrisisCategory.PassiveDeathWish, "passive");
        }

        if (HasAny(own, Concept.Farewell | Concept.Resolve | Concept.SelfDistrust | Concept.Plan) || Has(own, Concept.Urge) && Has(own, Concept.SelfHarm))
        {
            return Verdict(CrisisDecision.Clarify, CrisisCategory.SuicidalThoughts, "soft-signal");
        }

        return null;
    }

    private static bool Has(Concept set, Concept flag) => (set & flag) == flag;

    private static bool HasAny(Concept set, Concept flags) => (set & flags) != 0;
}
