namespace TrustBot.Dialogs.Safety.Concepts;

/// <summary>Tagalog and Taglish concept words.</summary>
internal static class TagalogConcepts
{
    public static ConceptLexicon Build() => ForeignConcepts.Build(
        "tl",
        @"\b(?:hindi|di|ayoko|wag|huwag)\b",
        @"\b(?:ako|ko)\b",
        @"\b(?:siya|sila|kaibigan ko|kapatid ko|nanay ko|tatay ko)\b",
        @" , | (?:pero|kasi|tapos|ngayon) ",
        18,
        (Concept.Ending, @"\b(?:mamatay|magpakamatay|mgpakamatay|patayin ang sarili|tapusin (?:ang )?(?:buhay|lahat)|matapos na (?:ang )?lahat|(?:wag|hindi|di) na (?:lang )?(?:ako )?magising|mawala na lang)\b"),
        (Concept.Wish, @"\b(?:sana|gusto ko|gusto kong|naiisip ko|iniisip ko)\b"),
        (Concept.Intent, @"\b(?:gagawin ko|balak ko|iniisip ko n)\b"),
        (Concept.Imminence, @"\b(?:ngayon|ngayong gabi|mamaya|bukas)\b"),
        (Concept.Means, @"\b(?:pampatulog|gamot|tableta|kutsilyo|blade|lubid|tulay)\b"),
        (Concept.AtHand, @"\b(?:bumili (?:n|na) (?:ko|ako) ng)\b"),
        (Concept.Farewell, @"\b(?:ibinigay ko na|binigay ko na|nag iwan (?:ako )?ng sulat|iniwan ko (?:ang|yung) sulat)\b"),
        (Concept.Parting, @"\b(?:salamat sa lahat|paalam|ingat kayo|mahal ko kayong lahat)\b"),
        (Concept.Decision, @"\b(?:desidido na|nakapagdesisyon na|buo na ang (?:desisyon|loob))\b"),
        (Concept.Burden, @"\b(?:mas (?:okay|mabuti|masaya) (?:siguro )?(?:ang )?lahat kung wala na (?:ako|ko)|pabigat ako)\b"),
        (Concept.Overdose, @"\b(?:ininom ko (?:yung|ang) (?:buong|lahat)|buong banig|isang banig)\b|\b(?:dami ng dugo|dmi ng dugo|ayaw tumigil|malalim (?:ang|ung|yung) hiwa|npalalim|napalalim)\b"),
        (Concept.Symptom, @"\b(?:nahihilo|hilo|nagsusuka|dugo)\b"),
        (Concept.SelfHarm, @"\b(?:naglaslas|laslas|sinugatan ko ang sarili|sinasaktan ko ang sarili|saktan ang sarili ko)\b"),
        (Concept.Urge, @"\b(?:relapse)\b"),
        (Concept.Body, @"\b(?:braso|pulso|hita)\b"),
        (Concept.AbuseActor, @"\b(?:asawa ko|mister ko|boyfriend ko|siya|niya)\b"),
        (Concept.AbuseThreat, @"\b(?:papatayin (?:niya |daw )?ako|pinagbantaan)\b"),
        (Concept.AbuseControl, @"\b(?:hawak niya (?:ang |yung )?(?:passport|atm|pera|phone|cellphone)|bawal (?:ako )?lumabas|kinulong ako|di ako pinapalabas)\b"),
        (Concept.HarmOther, @"\b(?:papatayin ko (?:talaga )?siya|saktan (?:yung|ang) (?:babae|lalaki)|dala ko (?:ang |yung )?kutsilyo|gusto ko (?:talaga )?saktan)\b"),
        (Concept.Ending, @"\b(?:ayoko na (?:ng )?mabuhay|gusto ko na (?:lang )?mamatay|wala na akong ganang mabuhay)\b"),
        (Concept.AbuseControl, @"\b(?:kinuha (?:ng \w+ ko )?(?:yung|ang)? ?(?:passport|pera|sahod|cellphone|phone|atm)|(?:hindi|di) ako pinapalabas|walang sahod|(?:hindi|di) (?:ako )?(?:pinapasahod|binabayaran))\b"),
        (Concept.AbuseActor, @"\b(?:amo ko|amo)\b"),
        (Concept.Weapon, @"\b(?:(?:may|dala|bumili ng) (?:itak|kutsilyo|baril|patalim|balisong))\b"),
        (Concept.HarmOther, @"\b(?:tatagain ko|sasaksakin ko|babarilin ko|papatayin ko)\b"),
        (Concept.Farewell, @"\b(?:(?:iniwan|binigay|ibinigay) ko (?:na )?(?:yung|ang) (?:ipon|singsing|pera|alaga|aso|pusa)|hindi na (?:ako )?babalik)\b"),
        (Concept.Past, @"\b(?:dati|noon|noong)\b"),
        (Concept.Recovery, @"\b(?:mas okay na|okay na (?:ako|ko)|dahil sa therapy|gumaling)\b"),
        (Concept.Present, @"\b(?:ulit)\b"),
        (Concept.Hyperbole, @"\b(?:haha\w*|lol|charot|char|joke)\b"));
}
