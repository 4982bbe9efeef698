namespace TrustBot.Dialogs.Safety.Concepts;

/// <summary>Chinese concept words (simplified and traditional; no word boundaries).</summary>
internal static class ChineseConcepts
{
    public static ConceptLexicon Build() => ForeignConcepts.Build(
        "zh",
        @"不|没|別|别",
        @"我",
        @"他|她|朋友|妈妈|爸爸|媽媽",
        @" , |但是|可是|不过|不過|算了",
        3,
        (Concept.Ending, @"想死|去死|自杀|自殺|自sha|轻生|輕生|结束(?:自己的)?生命|結束(?:自己的)?生命|一切都结束|一切都結束|都结束|都結束|别醒过来|別醒過來|不要醒来|不想醒来|跳下去|跳楼|跳樓|不想活|活不下去"),
        (Concept.Wish, @"希望|好想|想要|真想|但愿|但願"),
        (Concept.Intent, @"打算|准备|準備|决定|決定"),
        (Concept.Imminence, @"今晚|今天|现在|現在|马上|馬上|明天"),
        (Concept.Means, @"安眠药|安眠藥|药|藥|刀|绳子|繩子|几楼|幾樓"),
        (Concept.Plan, @"查好|已经查|已經查|想好了"),
        (Concept.Farewell, @"送给了|送給了|留了一封信|留下.{0,4}信|遗书|遺書"),
        (Concept.Parting, @"谢谢你一直陪我|謝謝你一直陪我|谢谢你|謝謝你|再见|再見|永别|永別"),
        (Concept.Decision, @"已经决定了|已經決定了|决定了|決定了"),
        (Concept.Burden, @"没有我.{0,8}更好|沒有我.{0,8}更好|我是(?:个|個)?(?:累赘|累贅|负担|負擔)"),
        (Concept.Overdose, @"一整盒|一整瓶|整盒|整瓶|全部吃了|血一直流|止不住|割太深|割得太深"),
        (Concept.Symptom, @"头很晕|頭很暈|晕|暈|吐了|流血"),
        (Concept.SelfHarm, @"划手|劃手|割腕|自残|自殘|伤害自己|傷害自己|用刀划|用刀劃"),
        (Concept.Urge, @"复发|復發"),
        (Concept.Body, @"手臂|手腕|大腿"),
        (Concept.AbuseActor, @"老公|丈夫|男朋友|老婆|他说|他說|他把|他不让|他不讓"),
        (Concept.AbuseThreat, @"杀了我|殺了我|弄死我|威胁|威脅"),
        (Concept.AbuseControl, @"护照|護照|收走了|不让我一个人出门|不讓我一個人出門|不让我出门|不讓我出門|关起来|關起來"),
        (Concept.HarmOther, @"拿刀去找|让她痛苦|讓她痛苦|让他痛苦|讓他痛苦|付出代价|付出代價|受伤|受傷|杀了他|殺了他|杀了她|殺了她"),
        (Concept.Passive, @"睡着了?就不用再醒|不用再醒来|不再醒来|醒不过来"),
        (Concept.Burden, @"不麻烦大家|不麻煩大家|不再麻烦"),
        (Concept.Farewell, @"密码|密碼|保险单|保險單|托付给|托付給|写好.{0,6}放在"),
        (Concept.HarmOther, @"毁容|毀容|泼硫酸|潑硫酸|捅死|砍死|弄死他|弄死她"),
        (Concept.Past, @"前年|去年"),
        (Concept.Recovery, @"状态很好|狀態很好|挺开心|很开心"),
        (Concept.Hyperbole, @"到想死|得想死"),
        (Concept.Past, @"年前|以前|之前|曾经|曾經"),
        (Concept.Recovery, @"好多了|好很多|心理咨询|心理諮詢|治疗后|治療後"),
        (Concept.Present, @"又"),
        (Concept.Hyperbole, @"哈哈|笑死"));
}
