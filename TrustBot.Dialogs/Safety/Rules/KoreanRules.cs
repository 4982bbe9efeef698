using static TrustBot.Dialogs.Safety.CrisisCategory;
using static TrustBot.Dialogs.Safety.CrisisDecision;
using static TrustBot.Dialogs.Safety.Rules.RuleBuilder;
using static TrustBot.Dialogs.Safety.Rules.RuleGuards;

namespace TrustBot.Dialogs.Safety.Rules;

/// <summary>Korean core phrases. "배고파 죽겠다" (starving) style 죽겠다 idioms do not match 죽고 싶다.</summary>
internal static class KoreanRules
{
    public static LanguageRules Build() => new()
    {
        Language = "ko",
        MediaMarkers = Compile(@"영화|드라마|소설|노래|가사|캐릭터|논문|기사|통계"),
        Affirmations = Compile(@"^ (?:네|응|예|가끔|조금)"),
        Vetoes = [Compile(@"자살할 생각은 없|자살할 생각이 없|자살 생각은 없|자살 생각 없|죽을 생각은 없|죽을 생각 없|죽고 싶지 않|죽고싶지 않|죽고 싶진 않|자살 안 |자살하지 않|자살할 생각 없|웃겨 죽|배고파 죽|졸려 죽|피곤해 죽|보고 싶어 죽")],
        Concepts = Concepts.KoreanConcepts.Build(),
        Rules =
        [
            Rule("ko.medical.overdose", Medical, MedicalEmergency, @"약을 (?:많이|한 통|다|전부) 먹었|숨을 (?:못|쉴 수가 없)|숨이 안 쉬어|가슴이 (?:너무 )?아파", Media),
            Rule("ko.suicidal.explicit", Escalate, SuicidalThoughts, @"죽고 싶|죽고싶|자살|목숨을 끊|죽어버리고|죽어 버리고|세상을 떠나고 싶", Media),
            Rule("ko.passive.death-wish", Clarify, PassiveDeathWish, @"살고 싶지 않|살기 싫|사라지고 싶|내가 없으면 (?:다|모두) (?:더 )?나을", Media),
            Rule("ko.selfharm", Escalate, SelfHarm, @"자해|손목을 긋|나를 해치", Media),
            Rule("ko.abuse", Abuse, DangerAbuse, @"(?:남편|남자친구|남친|그가|그 사람)(?:이|가)? (?:나를 )?(?:때려|때렸|때린다)|가정폭력|성폭행|집에 가기 무서", Media),
        ],
    };
}
