namespace TrustBot.Dialogs.Safety.Concepts;

/// <summary>Arabic concept words (alef, teh marbuta and yeh folded) and Arabizi.</summary>
internal static class ArabicConcepts
{
    public static ConceptLexicon Build() => ForeignConcepts.Build(
        "ar",
        @"(?<!\S)(?:لا|ما|مش|لن|لم|مو)(?!\S)",
        @"انا|\bana\b",
        @"(?<!\S)(?:هو|هي|صاحبي|صاحبتي|اختي|اخوي)(?!\S)",
        @" , |(?<!\S)(?:بس|لكن|المهم)(?!\S)",
        12,
        (Concept.Ending, @"اموت|انتحر|انتحار|اقتل نفسي|اقتل حالي|انهي حياتي|هموت نفسي|كل شي يخلص|كل شيء ينتهي|ما فيق|ما اصحى|\b(?:a2tel nafsi|a2tol nafsi|amoot|amut|enta7er|anta7er)\b"),
        (Concept.Wish, @"بتمنى|اتمنى|بدي|ابغى|نفسي|ياريت|\b(?:bade|badi|(?:3|e)ayza|(?:3|e)ayez|nefsi)\b"),
        (Concept.Intent, @"هموت|(?<!\S)(?:رح|راح)(?!\S)|قررت|\b(?:(?:3|e)ayza|(?:3|e)ayez|ra7)\b"),
        (Concept.Imminence, @"الليله|النهارده|اليوم|هلق|الحين|الان|\b(?:tonight|el leila|naharda)\b"),
        (Concept.Means, @"حبوب|برشام|دواء|سكين|حبل|\b(?:pills|7oboob|barsham)\b"),
        (Concept.AtHand, @"جمعت|\b(?:gama3t|jama3t)\b"),
        (Concept.Farewell, @"اعطيت (?:قطتي|كلبي|اغراضي)|تركت رساله|رساله لامي|وصيتي|كتبت رساله"),
        (Concept.Parting, @"شكرا على كل شي|مع السلامه|سامحوني|وداعا|\bma(?:3|e) ?(?:el |al |a )?salama\b"),
        (Concept.Decision, @"قررت|\b(?:qarart|2arart|karart)\b"),
        (Concept.Burden, @"احسن بدوني|افضل بدوني|عبء علي"),
        (Concept.Overdose, @"علبه (?:\S+ ){0,3}كامله|كل الحبوب|الدم ما ?بيوقف|الدم ما ?يوقف|كتير عميق|عميق كتير"),
        (Concept.Symptom, @"دوار|دايخ|استفرغ|نزيف"),
        (Concept.SelfHarm, @"جرحت ايدي|جرحت حالي|جرحت نفسي|اجرح حالي|اذي نفسي|اؤذي نفسي"),
        (Concept.Urge, @"رجعت تاني|انتكاس"),
        (Concept.Body, @"الدراع|ذراعي|ايدي|معصمي"),
        (Concept.AbuseActor, @"جوزي|زوجي|خطيبي|قالي|(?<!\S)هو(?!\S)"),
        (Concept.AbuseThreat, @"هيقتلني|رح يقتلني|بيقتلني|حيقتلني|يقتلني|هددني|يهددني"),
        (Concept.AbuseControl, @"ماخذ جوازي|اخذ جوازي|جواز سفري|بطاقه البنك|ما يخليني اطلع|ما بيخليني اطلع|حابسني"),
        (Concept.HarmOther, @"معي سكين|رايح عبيته|يدفع التمن|يدفع الثمن|\b(?:2azeeha|2azih)\b|اقتله|اقتلها"),
        (Concept.Ending, @"\b(?:(?:3ayez|3ayz|biddi|bdi|ayez|nefsy|nefsi) a?mot)\b|انتحر|بدي موت|نفسي اموت|نفسي أموت"),
        (Concept.Passive, @"\b(?:anam w (?:ma ?)?s[7th]?ash|ma as[7th]ash|mas[7th]ash)\b|نام وما اصحى|ما اصحى|ما أصحى"),
        (Concept.Farewell, @"سامحوني|وزعت أغراضي|وزعت اغراضي|كتبت .{0,6}رسالة|ما رح كون موجود|مش هكون موجود"),
        (Concept.SelfHarm, @"\b(?:jara[7th]?t [7th]?ali|jra[7th]?t [7th]?ali|rje[3e]?t (?:jara|jra)|garaht nafsi|jara[7th]t nafsi)\b|جرحت نفسي"),
        (Concept.Weapon, @"\b(?:(?:gebt|jebt|geebt|eshtarit) (?:sekeena|sikkeen|sekina|mosadas|masdas))\b|جبت سكين|اشتريت سكين|جبت مسدس"),
        (Concept.HarmOther, @"\b(?:hastanah|ha2telo|ha2tlo|ha2tolo|hadbaho)\b|هقتله|راح اقتله|حقتله"),
        (Concept.Past, @"قبل سنتين|قبل سنه|قبل سنين|كانت عندي"),
        (Concept.Recovery, @"احسن بكثير|الحمد لله احسن|مع العلاج|بالعلاج|صرت احسن"),
        (Concept.Present, @"تاني"),
        (Concept.Hyperbole, @"هههه|\b(?:lol|haha\w*)\b"));
}
