using static TrustBot.Dialogs.Safety.CrisisCategory;
using static TrustBot.Dialogs.Safety.CrisisDecision;
using static TrustBot.Dialogs.Safety.Rules.RuleBuilder;
using static TrustBot.Dialogs.Safety.Rules.RuleGuards;

namespace TrustBot.Dialogs.Safety.Rules;

/// <summary>Chinese core phrases. Idioms such as 笑死 (laughing), 累死了 (dead tired) and 想死你了 (miss you) are vetoed.</summary>
internal static class ChineseRules
{
    public static LanguageRules Build() => new()
    {
        Language = "zh",
        MediaMarkers = Compile(@"电影|电视剧|小说|书里|歌词|角色|论文|文章|统计"),
        Affirmations = Compile(@"^ (?:是|是的|有|有时候|嗯|对)"),
        Vetoes = [Compile(@"[到得]想死|不会自杀|不想自杀|没有想自杀|没想过自杀|不要自杀|别自杀|不会想死|不想死|没有想死|笑死|累死|饿死|热死|冷死|困死|气死|烦死|忙死|想死你|吓死|丑死|美死|痛死了")],
        Concepts = Concepts.ChineseConcepts.Build(),
        Rules =
        [
            Rule("zh.medical.overdose", Medical, MedicalEmergency, @"吃了(?:很多|一整瓶|一瓶|[0-9一二三四五六七八九十几]+[颗片粒])(?:的)?(?:药|安眠药|药片)|服药过量|喘不过气|不能呼吸|呼吸不了|胸口(?:很)?(?:痛|疼)", Media),
            Rule("zh.suicidal.explicit", Escalate, SuicidalThoughts, @"(?<!不)想死|我不想活了|不想活了|不想活下去|活不下去|自杀|结束(?:我的|自己的)?生命|结束自己|了结自己|杀了我自己|去死|跳楼|轻生", Media),
            Rule("zh.passive.death-wish", Clarify, PassiveDeathWish, @"活着没(?:有)?意思|活着有什么意义|没有我(?:他们|大家)?会更好|不想醒来|消失就好了", Media),
            Rule("zh.selfharm", Escalate, SelfHarm, @"割腕|自残|伤害自己|割自己", Media),
            Rule("zh.abuse", Abuse, DangerAbuse, @"(?:他|她|老公|丈夫|男朋友|老婆)(?:又)?(?:打我|打了我|威胁要杀我|掐我|强奸)|家暴|被强奸|不敢回家|不让我(?:离开|出门)", Media),
        ],
    };
}
