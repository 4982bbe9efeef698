using static TrustBot.Dialogs.Safety.CrisisCategory;
using static TrustBot.Dialogs.Safety.CrisisDecision;
using static TrustBot.Dialogs.Safety.Rules.RuleBuilder;
using static TrustBot.Dialogs.Safety.Rules.RuleGuards;

namespace TrustBot.Dialogs.Safety.Rules;

/// <summary>Vietnamese core phrases, matched with diacritics folded ("toi muon chet", "tu tu" only in context).</summary>
internal static class VietnameseRules
{
    public static LanguageRules Build() => new()
    {
        Language = "vi",
        SharesEnglishMedia = false,
        Stopwords = Words("lai tai phat thang cong coc toi muon khong la cua va nguoi minh ban anh em chet song nua roi qua lam co duoc"),
        Negators = Words("khong chang cha dung"),
        ClauseBreakers = Words("nhung va"),
        MediaMarkers = Compile(@"\b(?:phim|sach|truyen|bai hat|nhan vat|bai bao)\b"),
        Affirmations = Compile(@"^ (?:co|vang|da|u|thinh thoang)\b"),
        Vetoes = [Compile(@"\bchet cuoi\b|\bmet chet\b|\bdoi chet\b|\b(?:doi|met|buon ngu|nong|lanh|chan|cuoi|nho|ngai|so|xau ho|buon cuoi) (?:muon|gan|sap) chet\b|\bcuoi chet\b")],
        Concepts = Concepts.VietnameseConcepts.Build(),
        Rules =
        [
            Rule("vi.medical.overdose", Medical, MedicalEmergency, @"\buong (?:het|rat nhieu|ca lo|[1-9][0-9]+ vien) thuoc\b|\bkhong tho duoc\b|\bdau nguc\b", Past | Media),
            Rule("vi.suicidal.explicit", Escalate, SuicidalThoughts, @"\b(?:toi |minh |em |anh )?muon chet\b|\b(?:muon|se|dinh|nghi den|nghi toi) (?:viec )?tu tu\b|\btu sat\b|\bket thuc (?:cuoc doi|cuoc song|mang song)\b", Negation | Media),
            Rule("vi.passive.death-wish", Clarify, PassiveDeathWish, @"\bchan song\b|\bkhong muon ton tai\b|\bkhong muon song (?:nua)?\b|\bchang muon song\b|\bsong khong con y nghia\b|\bkhong co toi moi nguoi se tot hon\b", Past | Media),
            Rule("vi.selfharm", Escalate, SelfHarm, @"\btu (?:lam hai|lam dau|hanh ha) ban than\b|\brach tay\b|\bcat tay\b", Media),
            Rule("vi.abuse", Abuse, DangerAbuse, @"\b(?:anh ay|chong toi|chong em|no|ban trai) (?:danh|dam) (?:toi|em)\b|\bbao luc gia dinh\b|\bso ve nha\b|\bdoa giet (?:toi|em)\b", Past | Media),
        ],
    };
}
