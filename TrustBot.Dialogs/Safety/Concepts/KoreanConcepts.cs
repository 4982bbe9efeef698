namespace TrustBot.Dialogs.Safety.Concepts;

/// <summary>Korean concept words (no word boundaries: particles attach to words).</summary>
internal static class KoreanConcepts
{
    public static ConceptLexicon Build() => ForeignConcepts.Build(
        "ko",
        @"안 |않|못 |말고",
        @"나|내가|저|제가",
        @"그 사람|친구가|엄마가|아빠가",
        @" , |하지만|근데|그런데|암튼",
        3,
        (Concept.Ending, @"죽고 싶|죽을래|죽을 거|자살|목숨을 끊|끝내고 싶|다 끝났으면|끝났으면|안 깼으면|깨지 않았으면|뛰어내릴|뛰어내리|사라지고 싶|살기 싫"),
        (Concept.Wish, @"좋겠|싶어|싶다"),
        (Concept.Intent, @"거예요|할래|할 거|려구요|려고요|가는중|가는 중"),
        (Concept.Imminence, @"오늘|지금|당장"),
        (Concept.Means, @"수면제|약을|칼|한강|다리에서|옥상|밧줄"),
        (Concept.Farewell, @"맡겼|편지도 남겼|편지를 남겼|유서"),
        (Concept.Parting, @"그동안 고마웠|고마웠어|잘 있어|잘있어|안녕"),
        (Concept.Decision, @"결정했어|결정했다|마음 먹었|결심했"),
        (Concept.Burden, @"(?:나|내가) 없으면 다들|없으면 다들 더 잘|짐이 되|짐만 되"),
        (Concept.Overdose, @"한 ?통 다 먹|통째로|피가 안 ?멈|너무 깊게 베"),
        (Concept.Symptom, @"어지러|토했|구토"),
        (Concept.SelfHarm, @"손목 그었|손목을 그었|자해|그었어"),
        (Concept.Urge, @"재발"),
        (Concept.Body, @"팔|손목|허벅지"),
        (Concept.AbuseActor, @"남편|남친|남자친구|아내"),
        (Concept.AbuseThreat, @"죽여버린대|죽이겠다|죽인대|죽여 버린대|협박"),
        (Concept.AbuseControl, @"여권|못 나가게|못나가게|가둬|가뒀"),
        (Concept.HarmOther, @"칼 ?들고|끝장낼|다치게 하고 싶|죽여버리고 싶|죽이고 싶"),
        (Concept.Ending, @"끝내려고|끝낼 거|끝내기로|죽으려고|죽기로|안 깨어났으면|깨어나지 않|영원히 잠들|없어지고 싶"),
        (Concept.AtHand, @"다 모아놨|모아 놨|모아놨|모아뒀|모아 뒀|준비해 놨|준비해놨"),
        (Concept.Passive, @"없어져도 아무도|사라져도 아무도|아무도 모를"),
        (Concept.Farewell, @"비밀번호.{0,10}알려|정리 다 됐|정리 다 했|유서|물려줬"),
        (Concept.SelfHarm, @"ㅈㅎ|ᄌᄒ"),
        (Concept.HarmOther, @"뿌려버리고 싶|염산|얼굴에 .{0,6}뿌리|찔러버리|죽여버릴|패버릴"),
        (Concept.Recovery, @"잘 지내|상담도 끝났"),
        (Concept.Past, @"년 전|예전에"),
        (Concept.Recovery, @"좋아졌|괜찮아졌|상담 받"),
        (Concept.Present, @"또 "),
        (Concept.Hyperbole, @"ㅋㅋ|ㅎㅎ"));
}
