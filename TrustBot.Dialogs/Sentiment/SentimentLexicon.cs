using System.Collections.Frozen;

namespace TrustBot.Dialogs.Sentiment;

/// <summary>
/// The local analyzer's data, in one place: word valences (-4..4, VADER-style scale), the check-in's
/// feelings vocabulary, modifiers, emoji and emoticons. Core words for es/fr/pt/de are included so a
/// code-switched message still scores.
/// </summary>
internal static class SentimentLexicon
{
    public static readonly FrozenDictionary<string, float> Words = new Dictionary<string, float>(StringComparer.OrdinalIgnoreCase)
    {
        // Feelings vocabulary of the check-in (research.md 3.1) first.
        ["insecure"] = -2.0f, ["jealous"] = -2.0f, ["jealousy"] = -2.0f, ["betrayed"] = -3.0f, ["betrayal"] = -3.0f,
        ["rejected"] = -2.5f, ["anxious"] = -2.0f, ["anxiety"] = -2.0f, ["lonely"] = -2.3f, ["alone"] = -1.5f,
        ["hopeful"] = 2.3f, ["hope"] = 1.9f, ["calm"] = 2.0f, ["calmer"] = 1.8f, ["safe"] = 1.8f, ["secure"] = 1.8f,
        ["suspicious"] = -1.5f, ["paranoid"] = -1.8f, ["ashamed"] = -2.2f, ["shame"] = -2.2f, ["guilty"] = -2.0f,
        ["guilt"] = -2.0f, ["numb"] = -1.5f, ["hurt"] = -2.2f, ["hurting"] = -2.2f, ["sad"] = -2.1f, ["angry"] = -2.3f,
        ["anger"] = -2.3f, ["scared"] = -2.2f, ["afraid"] = -2.0f, ["worried"] = -1.8f, ["worry"] = -1.7f,
        ["overwhelmed"] = -2.0f, ["hopeless"] = -3.0f, ["worthless"] = -3.0f, ["relieved"] = 2.0f, ["relief"] = 2.0f,
        ["proud"] = 2.5f, ["loved"] = 2.8f, ["love"] = 2.5f, ["connected"] = 1.8f, ["close"] = 0.8f, ["confident"] = 2.0f,
        ["content"] = 1.8f, ["peaceful"] = 2.3f, ["grateful"] = 2.7f, ["thankful"] = 2.3f, ["appreciated"] = 2.2f,
        ["resentful"] = -2.2f, ["resentment"] = -2.2f, ["furious"] = -2.8f, ["frustrated"] = -2.0f, ["annoyed"] = -1.7f,
        ["upset"] = -2.0f, ["devastated"] = -3.1f, ["heartbroken"] = -3.0f, ["miserable"] = -2.9f, ["depressed"] = -2.7f,
        ["empty"] = -1.8f, ["abandoned"] = -2.8f, ["ignored"] = -1.8f, ["distant"] = -1.3f, ["excluded"] = -1.8f,
        ["humiliated"] = -2.8f, ["embarrassed"] = -1.8f, ["confused"] = -1.2f, ["uncertain"] = -1.0f, ["doubt"] = -1.5f,
        ["doubts"] = -1.5f, ["distrust"] = -2.0f, ["mistrust"] = -2.0f, ["trust"] = 1.5f, ["trusting"] = 1.5f,
        ["trusted"] = 1.7f, ["loyal"] = 2.0f, ["faithful"] = 2.0f, ["honest"] = 1.8f, ["honesty"] = 1.8f,
        ["nervous"] = -1.5f, ["panic"] = -2.4f, ["panicking"] = -2.5f, ["fear"] = -2.2f, ["stress"] = -1.8f,
        ["stressed"] = -1.9f, ["tense"] = -1.4f, ["exhausted"] = -1.8f, ["tired"] = -1.2f, ["drained"] = -1.8f,
        ["happy"] = 2.7f, ["happier"] = 2.4f, ["glad"] = 2.2f, ["joy"] = 2.8f, ["excited"] = 2.4f, ["relaxed"] = 2.0f,
        ["grounded"] = 1.5f, ["steady"] = 1.2f, ["stable"] = 1.2f, ["optimistic"] = 2.2f, ["supported"] = 2.0f,
        ["understood"] = 1.5f, ["respected"] = 2.0f, ["valued"] = 2.0f, ["cared"] = 1.8f,

        // General valence.
        ["good"] = 1.9f, ["great"] = 3.1f, ["amazing"] = 2.8f, ["awesome"] = 3.0f, ["wonderful"] = 2.7f, ["nice"] = 1.8f,
        ["lovely"] = 2.5f, ["better"] = 1.6f,
        ["best"] = 3.0f, ["well"] = 1.1f, ["fun"] = 2.3f, ["enjoyed"] = 2.2f, ["enjoy"] = 2.2f, ["sweet"] = 2.0f,
        ["kind"] = 1.8f, ["support"] = 1.7f, ["supportive"] = 2.0f, ["listened"] = 1.2f, ["laughed"] = 2.0f,
        ["laugh"] = 1.8f, ["smile"] = 2.0f, ["smiled"] = 2.0f, ["hug"] = 1.8f, ["hugged"] = 1.8f, ["forgive"] = 1.5f,
        ["forgave"] = 1.5f, ["apologised"] = 1.0f, ["apologized"] = 1.0f, ["progress"] = 1.5f, ["improving"] = 1.5f,
        ["improved"] = 1.6f, ["thanks"] = 1.9f, ["thank"] = 1.5f, ["beautiful"] = 2.9f, ["perfect"] = 2.7f,
        ["bad"] = -2.5f, ["worse"] = -2.1f, ["worst"] = -3.1f, ["terrible"] = -2.8f, ["awful"] = -2.9f,
        ["horrible"] = -2.9f, ["hate"] = -2.7f, ["hated"] = -2.7f, ["hates"] = -2.7f, ["lie"] = -1.8f, ["lied"] = -2.0f,
        ["lies"] = -1.8f, ["lying"] = -2.0f, ["liar"] = -2.5f, ["cheated"] = -2.8f, ["cheating"] = -2.8f,
        ["fight"] = -1.6f, ["fought"] = -1.6f, ["argued"] = -1.6f, ["argument"] = -1.5f, ["yelled"] = -2.0f,
        ["screamed"] = -2.2f, ["cried"] = -2.0f, ["crying"] = -2.0f, ["cry"] = -1.8f, ["tears"] = -1.5f,
        ["pain"] = -2.3f, ["painful"] = -2.4f, ["broken"] = -2.3f, ["lost"] = -1.3f, ["fail"] = -2.0f,
        ["failed"] = -2.1f, ["failure"] = -2.4f, ["mess"] = -1.5f, ["problem"] = -1.3f, ["problems"] = -1.3f,
        ["wrong"] = -1.9f, ["sorry"] = -0.5f, ["miss"] = -1.0f, ["worthwhile"] = 1.8f, ["useless"] = -2.4f,
        ["disappointed"] = -2.0f, ["disappointing"] = -2.0f, ["unfair"] = -2.0f, ["cruel"] = -2.8f, ["mean"] = -1.5f,
        ["rude"] = -2.0f, ["cold"] = -0.8f, ["warm"] = 1.5f, ["wow"] = 2.0f, ["yay"] = 2.4f, ["ugh"] = -1.8f,
        ["kill"] = -2.6f, ["die"] = -2.9f, ["dead"] = -2.5f, ["suicide"] = -3.5f, ["suicidal"] = -3.5f,
        ["abuse"] = -3.0f, ["abused"] = -3.0f, ["violent"] = -3.0f, ["scary"] = -2.2f, ["unsafe"] = -2.5f,
        ["sucks"] = -1.5f, ["crap"] = -1.6f, ["lol"] = 1.5f, ["haha"] = 1.8f, ["boring"] = -1.3f, ["dread"] = -2.2f,

        // Core words in es / fr / pt / de.
        ["feliz"] = 2.7f, ["triste"] = -2.1f, ["sola"] = -1.8f, ["solo"] = -0.5f, ["traicionada"] = -3.0f,
        ["traicionado"] = -3.0f, ["celosa"] = -2.0f, ["celoso"] = -2.0f, ["ansiosa"] = -2.0f, ["ansioso"] = -2.0f,
        ["bien"] = 1.5f, ["mal"] = -2.0f, ["tranquila"] = 2.0f, ["tranquilo"] = 2.0f, ["esperanza"] = 1.9f,
        ["miedo"] = -2.2f, ["enojada"] = -2.3f, ["enojado"] = -2.3f, ["contenta"] = 2.0f, ["contento"] = 2.0f,
        ["heureux"] = 2.7f, ["heureuse"] = 2.7f, ["seul"] = -1.8f, ["seule"] = -1.8f, ["jaloux"] = -2.0f,
        ["jalouse"] = -2.0f, ["trahi"] = -3.0f, ["trahie"] = -3.0f, ["calme"] = 2.0f, ["anxieux"] = -2.0f,
        ["anxieuse"] = -2.0f, ["sozinha"] = -1.8f, ["sozinho"] = -1.8f, ["traída"] = -3.0f, ["traído"] = -3.0f,
        ["bem"] = 1.5f, ["calma"] = 2.0f, ["glücklich"] = 2.7f, ["traurig"] = -2.1f, ["allein"] = -1.8f,
        ["eifersüchtig"] = -2.0f, ["betrogen"] = -2.8f, ["gut"] = 1.9f, ["schlecht"] = -2.5f, ["ruhig"] = 2.0f,
        ["ängstlich"] = -2.0f, ["wütend"] = -2.3f,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> Negators = new[]
    {
        "not", "no", "never", "dont", "don't", "isnt", "isn't", "wasnt", "wasn't", "cant", "can't", "cannot", "wont",
        "won't", "didnt", "didn't", "doesnt", "doesn't", "arent", "aren't", "havent", "haven't", "hardly", "nothing",
        "nobody", "neither", "nor", "without", "werent", "weren't", "shouldnt", "shouldn't", "couldnt", "couldn't",
        "nunca", "pas", "jamais", "nao", "não", "nicht", "kein", "keine", "nie",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, float> Modifiers = new Dictionary<string, float>(StringComparer.OrdinalIgnoreCase)
    {
        ["very"] = 1.3f, ["so"] = 1.25f, ["really"] = 1.3f, ["extremely"] = 1.5f, ["incredibly"] = 1.45f,
        ["super"] = 1.3f, ["totally"] = 1.3f, ["absolutely"] = 1.4f, ["completely"] = 1.4f, ["deeply"] = 1.4f,
        ["truly"] = 1.3f, ["terribly"] = 1.4f, ["utterly"] = 1.5f, ["too"] = 1.2f, ["muy"] = 1.3f, ["très"] = 1.3f,
        ["muito"] = 1.3f, ["sehr"] = 1.3f,
        ["slightly"] = 0.6f, ["somewhat"] = 0.7f, ["kinda"] = 0.7f, ["kind"] = 1.0f, ["bit"] = 0.7f, ["little"] = 0.75f,
        ["barely"] = 0.5f, ["mildly"] = 0.6f, ["fairly"] = 0.85f, ["quite"] = 1.1f, ["pretty"] = 1.1f, ["un"] = 1.0f,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that start a clause whose sentiment outweighs the one before ("but", "however").</summary>
    public static readonly FrozenSet<string> Contrast = new[] { "but", "however", "though", "yet", "pero", "mais", "mas", "aber", "although" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<int, float> Emoji = new Dictionary<int, float>
    {
        [0x1F60A] = 2.0f, [0x1F642] = 1.5f, [0x1F600] = 2.2f, [0x1F601] = 2.2f, [0x1F604] = 2.3f, [0x1F603] = 2.3f,
        [0x2764] = 2.5f, [0x1F495] = 2.5f, [0x1F970] = 2.8f, [0x1F60D] = 2.7f, [0x1F44D] = 1.5f, [0x1F64F] = 1.2f,
        [0x1F917] = 2.0f, [0x1F60C] = 1.5f, [0x1F389] = 2.2f, [0x2728] = 1.2f, [0x1F496] = 2.5f, [0x1F602] = 1.8f,
        [0x1F923] = 1.8f, [0x263A] = 2.0f,
        [0x1F622] = -2.2f, [0x1F62D] = -2.5f, [0x1F614] = -1.8f, [0x1F61E] = -2.0f, [0x1F61F] = -1.8f,
        [0x1F621] = -2.8f, [0x1F620] = -2.5f, [0x1F494] = -2.8f, [0x1F629] = -2.0f, [0x1F62B] = -2.0f,
        [0x1F630] = -2.2f, [0x1F628] = -2.2f, [0x1F615] = -1.2f, [0x1F641] = -1.5f, [0x2639] = -1.8f,
        [0x1F624] = -1.5f, [0x1F612] = -1.5f, [0x1F97A] = -1.0f, [0x1F625] = -1.8f, [0x1F613] = -1.2f,
    }.ToFrozenDictionary();

    public static readonly (string Text, float Valence)[] Emoticons =
    [
        (":-)", 1.9f), (":)", 1.9f), (":D", 2.3f), (";)", 1.5f), ("</3", -2.5f), ("<3", 2.3f), (":'(", -2.2f),
        (":-(", -1.9f), (":(", -1.9f), (":/", -1.0f), (":|", 0f),
    ];
}
