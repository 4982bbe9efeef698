namespace TrustBot.Dialogs.Safety.Concepts;

/// <summary>Hindi concept words, Devanagari and Latin (Hinglish); Devanagari has no word boundaries in .NET regex, so those stand alone.</summary>
internal static class HindiConcepts
{
    public static ConceptLexicon Build() => ForeignConcepts.Build(
        "hi",
        @"\b(?:nahi|nahin|na|mat)\b|नहीं|मत",
        @"\b(?:main|mai|mujhe|maine)\b|मैं|मुझे|मैंने",
        @"\b(?:wo|woh|usne|unhone|meri (?:dost|behen|maa)|mera (?:dost|bhai|beta))\b|उसने|उन्होंने|वो",
        @" , | (?:lekin|par|magar|phir) |लेकिन|मगर",
        14,
        (Concept.Ending, @"\b(?:marna|mar jaun|mar jau|mar jaungi|mar jaunga|khudkushi|khud ko (?:khatam|maar)|apni jaan (?:le|lena|de)|jaan de (?:dunga|dungi|du)|sab khatam (?:ho jaye|ho jaaye|kar du|kar dun)|zindagi khatam|jeena nahi|jina nahi|aankh (?:hi )?na khule)\b|मरना|मर जा|आत्महत्या|ख़ुदकुशी|खुदकुशी|खुद को (?:ख़त्म|खत्म)|जान दे|सब (?:ख़त्म|खत्म) हो जा|आँख ही न खुले|आंख ही न खुले|आँख न खुले|जीना नहीं"),
        (Concept.Wish, @"\b(?:chahta|chahti|chahiye|bas yahi|kaash|soch (?:rha|rhi|raha|rahi))\b|चाहता|चाहती|काश|बस यही"),
        (Concept.Intent, @"\b(?:karne ka soch|kar lunga|kar lungi|karunga|karungi)\b|करूँगा|करूंगी|करूँगी"),
        (Concept.Imminence, @"\b(?:aaj|abhi|aaj raat)\b|आज|अभी"),
        (Concept.Means, @"\b(?:goli|goliyan|golia|goliya|neend ki|blade|chaku|rassi|zeher)\b|गोली|गोलियों|ब्लेड|चाकू|रस्सी|ज़हर|जहर"),
        (Concept.AtHand, @"\b(?:jama kar (?:li|liye|li h)|rakh li hai)\b|जमा कर"),
        (Concept.Farewell, @"\b(?:cheezein \w+ ko de di|chitthi chhod|letter chhod)\b|चीज़ें .{0,20}दे दी|चीजें .{0,20}दे दी|चिट्ठी छोड़|खत छोड़"),
        (Concept.Parting, @"\b(?:bye sabko|alvida|shukriya)\b|अलविदा|शुक्रिया|धन्यवाद"),
        (Concept.Decision, @"\b(?:decision ho gaya|faisla ho gaya|faisla kar liya|tay kar liya)\b|फ़ैसला|फैसला कर|तय कर लिया"),
        (Concept.Burden, @"\b(?:mere bina sab (?:behtar|khush)|sab mere bina)\b|मेरे बिना सब"),
        (Concept.Overdose, @"\b(?:poora patta|pura patta|puri (?:bottle|sheeshi)|saari goliyan|sari goliya)\b|पूरा पत्ता|सारी गोलियां|सारी गोलियाँ|पूरी शीशी|\b(?:khoon (?:nikal|beh) (?:rha|raha|rahi)|gehra kat|ruk (?:hi )?nahi (?:rha|raha))\b|खून (?:रुक|बह)|गहरा कट"),
        (Concept.Symptom, @"\b(?:chakkar|ulti|khoon)\b|चक्कर|उल्टी|खून"),
        (Concept.SelfHarm, @"\b(?:khud ko (?:chot|kaat|nuksaan)|(?:haath|hath) (?:pe|par) blade|blade chala)\b|हाथ पर ब्लेड|ब्लेड चला|खुद को (?:चोट|काट|नुकसान)"),
        (Concept.Urge, @"\b(?:relapse)\b"),
        (Concept.Body, @"\b(?:arms?|haath|kalai)\b|हाथ|कलाई"),
        (Concept.AbuseActor, @"\b(?:mere (?:pati|husband|papa|sasur)|meri saas|unhone|usne)\b|पति|उन्होंने|सास|ससुर"),
        (Concept.AbuseThreat, @"\b(?:jaan se maar|maar dalunga|maar dalega|maar denge)\b|जान से मार|मार देंगे|मार डालेंगे|मार डालूँगा"),
        (Concept.AbuseControl, @"\b(?:(?:mera|meri) (?:passport|phone|paise|salary|card|documents)(?: \w+){0,3} rakh li\w*|bahar (?:akele )?nahi jaane dete|ghar se nikalne nahi)\b|पासपोर्ट .{0,15}रख|बाहर (?:अकेले )?(?:नहीं )?जाने (?:नहीं )?देते"),
        (Concept.HarmOther, @"\b(?:nuksaan pahunchana|usko maar|use maar|chaku lekar)\b|चाकू लेकर|छोड़ूँगा नहीं|उसको मार|नुकसान पहुंचा"),
        (Concept.Past, @"\b(?:saal pehle|mahine pehle)\b|साल पहले|पहले मेरे"),
        (Concept.Recovery, @"\b(?:ab (?:theek|behtar|thik)|therapy se)\b|अब .{0,20}बेहतर|थेरेपी से|बेहतर हूँ"),
        (Concept.Present, @"\b(?:phir se|fir se)\b|फिर से"),
        (Concept.Hyperbole, @"\b(?:haha\w*|lol)\b"));
}
