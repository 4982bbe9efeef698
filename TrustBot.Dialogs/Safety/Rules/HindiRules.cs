using static TrustBot.Dialogs.Safety.CrisisCategory;
using static TrustBot.Dialogs.Safety.CrisisDecision;
using static TrustBot.Dialogs.Safety.Rules.RuleBuilder;
using static TrustBot.Dialogs.Safety.Rules.RuleGuards;

namespace TrustBot.Dialogs.Safety.Rules;

/// <summary>Hindi in Devanagari and romanised Hinglish core phrases ("mar jaana chahti hoon", "मरना चाहता हूँ").</summary>
internal static class HindiRules
{
    public static LanguageRules Build() => new()
    {
        Language = "hi",
        Stopwords = Words("bas sab khatam jaye gaya sabko rha rhi raha rahi main mein hoon hun hai nahi nahin mujhe kya yaar chahta chahti mera meri ko se aur bhi ab tha thi"),
        Negators = Words("nahi nahin na mat"),
        ClauseBreakers = Words("lekin par aur"),
        MediaMarkers = Compile(@"\b(?:film|movie|serial|kitab|gaana|article|essay)\b|फ़िल्म|फिल्म|किताब"),
        Affirmations = Compile(@"^ (?:haan|han|ha|ji|ji haan|kabhi kabhi)\b|^ (?:हाँ|हां|जी)"),
        Vetoes = [Compile(@"\b(?:hans|has) ?(?:hans|has)? ?ke mar gay[ai]\b|\bmar gay[ai] yaar\b")],
        Concepts = Concepts.HindiConcepts.Build(),
        Rules =
        [
            Rule("hi.medical.overdose", Medical, MedicalEmergency, @"\b(?:bahut saari|saari|[1-9][0-9]+) (?:goliyan|goli|tablets?|dawai|dawaiyan) kha (?:li|liya|lee)\b|\bsaans nahi (?:aa rahi|le pa rah[ai])\b|सांस नहीं|साँस नहीं|(?:सारी|बहुत सारी) गोलियां खा", Past | Media),
            Rule("hi.suicidal.explicit", Escalate, SuicidalThoughts, @"\b(?:khudkushi|aatmahatya|atmahatya) (?:karni|karna|karunga|karungi|kar leni|kar lena) (?:hai|chahta|chahti)?\b|\b(?:apni )?jaan (?:dena|de dena|de dunga|de dungi|de doon|le lena) (?:chahta|chahti|hai)\b|\bapni jaan (?:de|le) (?:dunga|dungi|lunga|lungi|doon)\b|\b(?:mar (?:jaana|jana|jaun|jaau)|marna) (?:chahta|chahti|chahata|chahati|hai)\b|\bmujhe marna hai\b|\b(?:marne|mar jaane|mar jane|khudkushi karne) ka (?:mann|man|dil) (?:hai|karta|kar raha|kar rahi|ho raha)\b|मरने का मन|\b(?:khudkushi|aatmahatya|atmahatya|suicide) (?:kar (?:lunga|lungi|loonga|loongi|lena|leni)|karna|karne)\b|\bkhud ko (?:maar|khatam kar) (?:dunga|dungi|doonga|doongi|lena|lunga|lungi)\b|\b(?:apni )?jaan (?:le|de) (?:lunga|lungi|loonga|loongi|lena|dena|dunga|dungi|doonga)\b|अपनी जान (?:ले|दे)|\bzindagi khatam kar (?:dunga|dungi|doonga|lena|deni)\b|मरना चाहत|मर जाना चाहत|मुझे मरना है|आत्महत्या|खुदकुशी|ख़ुदकुशी|खुद को मार|ज़िंदगी खत्म|जिंदगी खत्म", Media),
            Rule("hi.passive.death-wish", Clarify, PassiveDeathWish, @"\bjeena nahi (?:chahta|chahti)\b|\bjeene ka (?:mann|man) nahi\b|\bsab mere bina (?:behtar|khush)\b|जीना नहीं चाहत|जीने का मन नहीं|मेरे बिना (?:सब )?(?:बेहतर|खुश)", Media),
            Rule("hi.selfharm", Escalate, SelfHarm, @"\bkhud ko (?:kaat|chot|hurt|nuksaan) (?:rah[ai]|liya|pahuncha)\b|खुद को (?:काट|चोट|नुकसान)", Media),
            Rule("hi.abuse", Abuse, DangerAbuse, @"\b(?:woh|wo|pati|husband) (?:mujhe )?(?:maarta|marta|peet ta|peetta|pitta) (?:hai|he)\b|\bmujhe maarta hai\b|\bjaan se maarne ki dhamki\b|(?:मुझे )?(?:मारता|पीटता) है|जान से मारने की धमकी|घरेलू हिंसा", Media),
        ],
    };
}
