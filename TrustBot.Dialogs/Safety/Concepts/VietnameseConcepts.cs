namespace TrustBot.Dialogs.Safety.Concepts;

/// <summary>Vietnamese concept words (tone marks folded; "đ" kept, so both spellings are listed).</summary>
internal static class VietnameseConcepts
{
    public static ConceptLexicon Build() => ForeignConcepts.Build(
        "vi",
        @"\b(?:khong|k|ko|cha|chang|[dđ]ung)\b",
        @"\b(?:toi|minh|em|tao|t|e)\b",
        @"\b(?:anh ay|chi ay|co ay|ban toi|no|ho)\b",
        @" , | (?:nhung|vi|roi|thoi ke) ",
        16,
        (Concept.Ending, @"\b(?:chet|tu tu|tu sat|ket lieu|ket thuc (?:cuoc doi|tat ca|moi thu)|moi thu ket thuc|[dđ]ung tinh day|khong tinh day|nhay cau|nhay lau|bien mat mai mai)\b"),
        (Concept.Wish, @"\b(?:mong|muon|uoc gi|chi mong)\b"),
        (Concept.Intent, @"\b(?:se|tinh|[dđ]inh|quyet dinh|[dđ]ang tinh|[dđ]ag tinh)\b"),
        (Concept.Imminence, @"\b(?:toi nay|hom nay|bay gio|ngay mai|luon)\b"),
        (Concept.Means, @"\b(?:thuoc ngu|thuoc|dao|day thung|cau)\b"),
        (Concept.AtHand, @"\b(?:mua (?:thuoc ngu )?[dđ]u roi)\b"),
        (Concept.Farewell, @"\b(?:gui con (?:meo|cho)|[dđ]e lai thu|[dđ]e lai la thu|cho (?:con meo|con cho) cho)\b"),
        (Concept.Parting, @"\b(?:cam on vi tat ca|tam biet|vinh biet|cam on moi nguoi)\b"),
        (Concept.Decision, @"\b(?:quyet dinh roi|[dđ]a quyet dinh)\b"),
        (Concept.Burden, @"\b(?:khong co (?:minh|toi|em|tao) thi moi nguoi|moi nguoi se song tot hon|la ganh nang)\b"),
        (Concept.Overdose, @"\b(?:uong het (?:ca )?(?:vi|lo|hop)|het ca vi|ca hop thuoc|mau chay hoai|mau khong cam|k cam dc|cat sau qua|cat qua sau)\b"),
        (Concept.Symptom, @"\b(?:chong mat|buon non|non mua)\b"),
        (Concept.SelfHarm, @"\b(?:rach tay|cat tay|tu hai|lam hai ban than|cat co tay)\b"),
        (Concept.Urge, @"\b(?:tai phat|tai nghien)\b"),
        (Concept.Body, @"\b(?:tay|co tay|[dđ]ui)\b"),
        (Concept.AbuseActor, @"\b(?:chong em|chong toi|chong minh|anh ta|anh ay|ong ay)\b"),
        (Concept.AbuseThreat, @"\b(?:se giet em|giet em|giet toi|[dđ]e doa)\b"),
        (Concept.AbuseControl, @"\b(?:giu (?:ho )?(?:ho chieu|the ngan hang|giay to|tien)|khong cho (?:em|toi|minh) (?:ra ngoai|gap|di))\b"),
        (Concept.HarmOther, @"\b(?:cam dao qua nha|cam dao|phai tra gia|lam (?:con nho|no|thang) (?:\w+ )?[dđ]o [dđ]au|muon lam (?:\w+ ){1,4}[dđ]au)\b"),
        (Concept.Passive, @"\b(?:ngu (?:mot giac )?(?:roi )?(?:khong bao gio|khong) (?:day|tinh day|thuc day) nua|khong bao gio (?:thuc )?day nua|cho moi nguoi (?:khoi|do) (?:met|kho|ban tam))\b"),
        (Concept.AbuseControl, @"\b(?:giu het giay to|(?:luong|tien) (?:em|toi) (?:cung )?(?:anh ay|chong) (?:cam|giu)|bi nhot|nhot (?:em|toi)|di dau cung phai bao|kiem tra dien thoai)\b"),
        (Concept.Weapon, @"\b(?:(?:da )?mua (?:dao|sung|ma tau))\b"),
        (Concept.HarmOther, @"\b(?:cho no (?:truoc|o)|chem (?:no|han)|dam (?:no|han)|giet (?:no|han|thang|con))\b"),
        (Concept.Farewell, @"\b(?:(?:de lai|viet) thu|khong con o day nua)\b"),
        (Concept.Past, @"\b(?:truoc [dđ]ay|hoi truoc|nam truoc|ngay xua)\b"),
        (Concept.Recovery, @"\b(?:[dđ]a (?:on|tot) hon|gio (?:on|tot) roi|nho tri lieu)\b"),
        (Concept.Present, @"\b(?:lai)\b"),
        (Concept.Hyperbole, @"\b(?:haha\w*|lol|kkk+)\b"));
}
