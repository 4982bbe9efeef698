using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace TrustBot.Dialogs.Safety.Rules;

/// <summary>
/// Builds rule tables from readable pattern strings. Patterns run against <see cref="TextNormalizer"/>
/// output (lower case, no apostrophes, single spaces, sentence padded with spaces) and may use the
/// shared macros below, so each table reads like a list of phrase families.
/// </summary>
internal static class RuleBuilder
{
    // Not RegexOptions.Compiled: each compiled rule is JIT-compiled on its first match (about 4.5 s of CPU in all),
    // which the warm-up would pay before the host listens; the literal-led alternations scan as fast interpreted.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Generous: the timeout is wall-clock, and a busy host must not turn a slow match into a crash.
    // Patterns use only bounded repetition and input is capped, so real matches take microseconds.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private static readonly (string Name, string Value)[] Macros =
    [
        // Optional softeners between words: "i really just want to".
        ("{ADV}", @"(?:(?:really|just|honestly|actually|seriously|truly|so|literally|kinda|kind of|sort of|still|even|also|genuinely|fucking|fr|lowkey|deadass|now|finally|already|sometimes|often|always|totally|definitely|probably|maybe|def) )*"),
        ("{I}", @"(?:i |im |i am |ive |i have |i ll |ill |id |i would |i will |i do )"),
        ("{WANT}", @"(?:want to|wanna|want ta|wan to|wnt to|would like to|wish i could|wish to|need to|have to|part of me wants to|feel like i (?:want|need) to|am going to|am gonna|m going to|m gonna|going to|gonna|will|ll|plan to|planning to|planning on|about to|ready to|decided to|thinking about|thinking of|think about|thoughts about|thoughts of|intrusive thoughts about|considering|urge to|tempted to|should just|should|might|try to|trying to|tried to|want 2)"),
        ("{GONNA}", @"(?:going to|gonna|will|ll|am going to|m going to|m gonna|plan to|planning to|about to|ready to|want to|wanna|decided to|should|about ta)"),
        // Not a negator: keeps "he has never hit me" out of a filler slot between subject and verb.
        ("{NN}", @"(?!(?:never|not|doesnt|didnt|dont|wont|wouldnt|hasnt|havent|isnt|wasnt|cant|couldnt|stopped|no) )"),
        ("{SELF}", @"(?:myself|my self|me)"),
        ("{PILLS}", @"(?:pills?|prescriptions?|tablets?|meds|medication|medicine|medicines|paracetamol|acetaminophen|tylenol|ibuprofen|advil|aspirin|sleeping pills|painkillers?|pain killers?|antidepressants?|xanax|insulin|benzos?|opioids?|oxy|capsules?|panadol)"),
        ("{PARTNER}", @"(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|fiance|fiancee|dad|father|mom|mum|mother|stepdad|stepfather|stepmom|brother|sister|uncle|boss|son|daughter|roommate|spouse)|him|her)"),
        ("{OTHER}", @"(?:him|her|them|(?:the|our|her|his|their) (?:kids?|children|baby|babies)|someone|somebody|everyone|people|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|boss|dad|father|mom|mother|stepdad|brother|sister|neighbou?r|coworker|colleague|roommate|kids?|son|daughter|baby)|(?:that|the) (?:guy|girl|woman|man|bitch|bastard|person|one|other (?:guy|girl|woman|man))|his \w+|her \w+)"),
        ("{NUM10}", @"(?:(?:my|his|her) (?:whole|entire)|[1-9][0-9]+|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|a hundred|dozens?|a dozen|all (?:my|the|of my|of the)|the whole|a whole|an entire|the entire|a bunch of|a load of|a ton of|tons of|heaps of|a heap of|a fistful of|a whole lot of|a handful of|handful of|a lot of|lots of|loads of|too many|way too many|a bottle of|a box of|a pack of|a packet of|two boxes of|a strip of)"),
    ];

    public static CrisisRule Rule(string id, CrisisDecision decision, CrisisCategory category, string pattern, RuleGuards guards = RuleGuards.Self) =>
        new(id, decision, category, Parts(pattern), guards);

    /// <summary>
    /// Each top-level alternative is compiled on its own, behind its own literal filter (see <see cref="RulePattern"/>):
    /// a family's alternatives rarely share words, so together they would pass the filter far more often than
    /// each does alone. Plain-word openings come first, then the rest in order, as they always have; the detector
    /// takes the leftmost match across parts, earlier parts winning ties, which is what one alternation finds.
    /// </summary>
    public static IReadOnlyList<RulePattern> Parts(string pattern)
    {
        var plain = new List<RulePattern>();
        var heavy = new List<RulePattern>();
        foreach (var part in SplitAlternatives(pattern))
        {
            var opening = part.Length > 40 ? part[..40] : part;
            var isHeavy = opening.Contains('{', StringComparison.Ordinal) || opening.Contains("(?<", StringComparison.Ordinal) || opening.StartsWith(@"\b(?:(?:", StringComparison.Ordinal);
            (isHeavy ? heavy : plain).Add(Compile(part));
        }

        return [.. plain, .. heavy];
    }

    /// <summary>Splits a pattern at its top-level <c>|</c> (outside groups and character classes).</summary>
    internal static List<string> SplitAlternatives(string pattern)
    {
        var parts = new List<string>();
        var depth = 0;
        var inClass = false;
        var start = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    parts.Add(pattern[start..i]);
                    start = i + 1;
                    break;
            }
        }

        parts.Add(pattern[start..]);
        return parts;
    }

    public static RulePattern Compile(string pattern)
    {
        foreach (var (name, value) in Macros)
        {
            pattern = pattern.Replace(name, value, StringComparison.Ordinal);
        }

        return new RulePattern(new Regex(pattern, Options, MatchTimeout));
    }

    public static FrozenSet<string> Words(string spaceSeparated) =>
        spaceSeparated.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
