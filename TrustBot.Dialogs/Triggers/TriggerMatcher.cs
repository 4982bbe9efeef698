using System.Text.RegularExpressions;
using TrustBot.Dialogs.Feelings;

namespace TrustBot.Dialogs.Triggers;

/// <summary>
/// Maps free text about what happened ("he left me on read", "she cancelled dinner again", "mom wants
/// me home every weekend") to a trigger id and, when named, who it was with. Rules are phrase patterns
/// over normalised text with weights; the highest total wins and ties go to catalogue order.
/// Pure and thread-safe.
/// </summary>
public static class TriggerMatcher
{
    /// <summary>Longest kept "own words" text.</summary>
    public const int MaxOwnWordsLength = 120;

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    private const string Them = "(he|she|they|hes|shes|theyre|him|her|them|my \\w+|partner|boyfriend|girlfriend|husband|wife|bf|gf)";

    private static readonly (string Id, int Weight, Regex Pattern)[] Rules =
    [
        (TriggerCatalog.NoReply, 3, R(@" (left (me )?on (read|seen|delivered)|on read|read (it|my (message|text)s?) and|seen (it|my (message|text)s?)|no (reply|replies|answer|response|text back)|not (replying|answering|responding|texting back)|(didnt|doesnt|hasnt|havent|wont|never|dont|not) (even )?(reply|replied|respond|responded|answer|answered|text(ed)? (me )?back|call(ed)? (me )?back|get back|got back|pick(ed)? up|call(ed)?|text(ed)?|message(d)?|check(ed)? in)|ghost(ed|ing|s)?|ignor(ed|ing|es) my (message|text|call)s?|read receipts?|blue ticks?|double ticks?|last seen|typing dots|left me hanging|(late|slow) (reply|replies|to reply|to answer|to respond)|(replied|answered|responded) late|took (hours|ages|forever|all day) to (reply|answer|respond|text)|hours? (later|to reply)|still waiting) ")),
        (TriggerCatalog.PlansChanged, 3, R(@" (cancel+(ed|ing|s)?|bail(ed|ing|s)?|flak(ed|ing|es)|stood me up|reschedul(ed|ing|es)?|postpon(ed|ing|es)?|called (it )?off|chang(ed|es|ing) (the |our )?plans?|plans? (changed|fell through|got changed)|didnt (show|turn) up|no show|last minute|pushed (it|our \w+|dinner|the date) back|moved (our|the) (date|plans?)) ")),
        (TriggerCatalog.LeftOut, 3, R(@" (left out|excluded|exclud(e|es|ing) me|not invited|wasnt invited|werent invited|without me|kept at (a )?distance|keep(s|ing)? me at (a )?distance|shut(s|ting)? me out|keeps? me out|didnt (include|invite) me|(is|was|are|were|been|being|seems?|so) (distant|cold|quiet|distracted)|" + Them + @" (is |was |are |keeps |been |seems )?pull(ing|ed|s)? away|pull(ing|ed|s)? away from me|asked for space|needs? space|wants? space|silent treatment|everyone (else )?but me|group chat) ")),
        (TriggerCatalog.PhonePrivacy, 3, R(@" (" + Them + @" (phone|passcode|password|messages|texts|chats|dms|screen)|(his|her|their) (phone|passcode|password|messages|texts|chats|dms|laptop|instagram|snapchat|social media)|face ?down|turn(s|ed)? (his |her |their |the )?(phone|screen) (over|away)|delet(ed|es|ing) (messages|texts|chats|the chat|his|her|their)|hid(es|ing)? (his |her |their )?(phone|screen|messages)|texting (someone|somebody|another|other|his ex|her ex|an ex)|(his|her|their) ex|liked (a|her|his|someone|photos?|pics?|posts?)|follow(s|ed|ing)? (someone|her|him|girls|guys)|secret(ive|s)?|privacy|private) ")),
        (TriggerCatalog.FamilyBoundary, 3, R(@" (boundar(y|ies)|overstep+(ed|ing|s)?|guilt ?trip(s|ped|ping)?|disapprov(e|es|ed|al)|doesnt approve|dont approve|wont accept|dont accept|family (duty|duties|expectations?|obligations?|pressure)|arranged marriage) ")),
        (TriggerCatalog.Criticism, 3, R(@" (critici[sz](ed|es|ing|m)|critique|judg(ed|ing|es|ement|mental|y)|put(s|ting)? me down|made fun of me|mak(es|ing) fun of me|mock(ed|s|ing)|laughed at me|belittl(ed|es|ing)|blam(ed|es|ing) me|yell(ed|s|ing) at me|shout(ed|s|ing) at me|snap(ped|s)? at me|nag(ged|s|ging)|(said|told me|thinks|says) (that )?im (lazy|stupid|too much|needy|useless|not good enough|crazy|dramatic|selfish|a failure)|called me \w+|rude (comment|remark)|harsh (comment|words|feedback)|negative feedback|told me off) ")),
        (TriggerCatalog.PullingAway, 3, R(@" (i (wanted|want|started|start|tried|try|kept|keep|felt like|feel like) (to )?(pull|pulling|push|pushing|run|running|back|backing) (away|off|out)|i pull(ed)? away|i push(ed)? (him|her|them|people|everyone) away|i (wanted to |want to )?(ghost|sabotage|run away|end it)|(going|went|are going|were going|was going) (really |so |too )?(well|good|great)|too good to be true|other shoe|(getting|got|we got) (too )?close|said (i love you|they love me|he loves me|she loves me)|sabotag(e|ed|ing)|scared of getting close|afraid of getting close) ")),
        (TriggerCatalog.DidNotAskForHelp, 3, R(@" (didnt ask|did not ask|couldnt ask|cant ask|afraid to ask|scared to ask|should have asked|shouldve asked|too proud to ask|(need|needed|needing) (some )?help|ask(ed|ing)? for help|help me|do it (all )?(by )?myself|did it (all )?(by )?myself|on my own|dont want to (be a )?burden|didnt want to (be a )?burden|burden|by myself|struggl(ed|ing) alone) ")),
    ];

    // Expectations count as family pressure only when a family member is named ("he wants me to" is not).
    private static readonly Regex FamilyExpectation = R(@" ((wants?|want|expects?|expected|asks?|asked|tells?|told|insists?|insisted|demands?|demanded|pressur(es|ed|ing)) (me|us) (to|home)|expect(s|ed|ations?)|insist(s|ed)?|pressur(e|es|ed|ing)|obligation|should (visit|call|come|marry|be)|have to (visit|call|go home|come home)|come home|every (weekend|sunday|day|week)|marry|wedding|move in with) ");

    // Someone else watching, isolating or threatening the person: a safety matter, not a trust exercise.
    private static readonly Regex Controlling = R(@" ((check(s|ed|ing)?|go(es)? through|went through|read(s|ing)?|look(s|ed)? through|demand(s|ed)? to see|tak(es|ing)|took) my (phone|messages|texts|email|emails|dms|chats)|(demands?|know(s)?|ha(s|d)|want(s|ed)?|asked for|took) my (password|passcode|location)|track(s|ed|ing)? (me|my (location|phone))|(wont|doesnt|didnt|dont) let me (see|go|talk|leave|have|visit|work)|threaten(s|ed|ing)?|isolat(es|ed|ing) me|control(s|led|ling)? (me|my (money|phone|friends))|hit(s|ting)? me|hurt(s)? me physically|afraid of (him|her|them)|scared of (him|her|them)) ");

    private static readonly (string Id, Regex Pattern)[] WhoRules =
    [
        (TriggerCatalog.Partner, R(@" (partner|boyfriend|girlfriend|bf|gf|husband|wife|hubby|wifey|spouse|fiance|fiancee|fiance|bae|other half|significant other|dating|ex|his ex|her ex) ")),
        (TriggerCatalog.Family, R(@" (mom|mum|mommy|mummy|mother|mama|dad|daddy|father|papa|parents?|sister|brother|sis|bro|siblings?|family|families|aunt|auntie|uncle|grandma|grandmother|granny|nana|grandpa|grandfather|grandparents?|cousins?|in laws?|mother in law|father in law|son|daughter|kids?|niece|nephew|amma|appa|abba|ammi) ")),
        (TriggerCatalog.Friend, R(@" (friends?|bestie|best friend|bff|mate|mates|buddy|pal|roommate|flatmate) ")),
        (TriggerCatalog.Coworker, R(@" (coworkers?|co workers?|colleagues?|boss|manager|supervisor|team ?mates?|at work|office|job|client|clients) ")),
        (TriggerCatalog.NoOne, R(@" (no one|noone|nobody|no body|nothing happened|no one in particular) ")),
        (TriggerCatalog.Myself, R(@" (myself|just me|my self|it was me|i did) ")),
    ];

    /// <summary>Matches free text; never throws. Empty text gives no trigger and no own words.</summary>
    /// <param name="text">What the person wrote about what happened.</param>
    /// <param name="knownWhoId">The who id already chosen with a button, if any: "wants me home every weekend"
    /// is family pressure when the person already said it was family.</param>
    public static TriggerMatch Match(string? text, string? knownWhoId = null)
    {
        try
        {
            return MatchCore(text, knownWhoId);
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological input is treated as the person's own words rather than failing the turn.
            return new TriggerMatch(null, knownWhoId, Clip(text), false);
        }
    }

    private static TriggerMatch MatchCore(string? text, string? knownWhoId)
    {
        var flat = TextNormalizer.Flatten(text);
        var controlling = Controlling.IsMatch(flat);

        var who = MatchWho(text) ?? TriggerCatalog.FindWho(knownWhoId)?.Id;
        string? best = null;
        var bestScore = 0;
        var order = TriggerCatalog.Triggers.Select(t => t.Id).ToList();
        foreach (var group in Rules.GroupBy(r => r.Id))
        {
            var score = group.Sum(r => r.Weight * r.Pattern.Count(flat));
            if (group.Key == TriggerCatalog.FamilyBoundary && who == TriggerCatalog.Family)
            {
                score += 3 * FamilyExpectation.Count(flat);
            }

            if (score > bestScore || (score == bestScore && score > 0 && order.IndexOf(group.Key) < order.IndexOf(best!)))
            {
                best = group.Key;
                bestScore = score;
            }
        }

        return new TriggerMatch(best, who, best is null ? Clip(text) : null, controlling);
    }

    private static string? Clip(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        return trimmed.Length <= MaxOwnWordsLength ? trimmed : trimmed[..MaxOwnWordsLength].TrimEnd() + "…";
    }

    /// <summary>Maps free text ("my mum", "boss", "nobody") to a who id, or null. The earliest mention wins.</summary>
    public static string? MatchWho(string? text)
    {
        var flat = TextNormalizer.Flatten(text);
        string? best = null;
        var bestIndex = int.MaxValue;
        foreach (var (id, pattern) in WhoRules)
        {
            var match = pattern.Match(flat);
            if (match.Success && match.Index < bestIndex)
            {
                best = id;
                bestIndex = match.Index;
            }
        }

        return best;
    }

    // Normalised text is single-spaced and padded, so patterns use literal spaces as word boundaries.
    private static Regex R(string pattern) => new(pattern, Options, Timeout);
}
