using System.Globalization;
using TrustBot.Dialogs.Safety.CrisisLines;

namespace TrustBot.Dialogs.Safety;

/// <summary>
/// Every word the bot says on risk, in one place, following safe-messaging practice (research.md 2.2):
/// thank the person, stay calm and warm, say plainly that this is a bot that cannot call for help by
/// itself, give the local line and emergency number, ask "Are you safe right now?", offer a person,
/// keep the chat open. Never methods, means or places; never "committed"; never confront a partner.
/// </summary>
public static class SafetyMessages
{
    public const string AreYouSafe = "Are you safe right now?";
    public const string SafeNow = "I'm safe right now";
    public const string NotSafe = "I'm not safe";
    public const string TalkToPerson = "Talk to a person";
    public const string Yes = "Yes";
    public const string No = "No";
    public const string NotSure = "I'm not sure";
    public const string SafeToTalk = "Yes, I can talk";
    public const string NotSafeToTalk = "Not safe to talk now";

    public const string ClarifyQuestion =
        "Thank you for telling me how you're feeling. I'd like to ask you directly, because it matters and you can answer honestly here: are you having thoughts of ending your life?";

    public const string AbuseSafeToTalk =
        "Thank you for trusting me with this. First, is it safe for you to talk right now? If someone might see this chat, you can close it at any time and come back later.";

    public const string NotABot =
        "I'm a bot, so I can't call anyone or send help by myself, but real people can, right now.";

    public static string Escalate(CountryCrisisLines lines) => string.Create(CultureInfo.InvariantCulture,
        $"Thank you for telling me. I'm really glad you did, and I'm staying right here with you. {NotABot} {CrisisLineSentence(lines)} If you might act on these thoughts soon, please call {lines.EmergencyText} now.");

    public static string SelfHarm(CountryCrisisLines lines) => string.Create(CultureInfo.InvariantCulture,
        $"Thank you for telling me; there's no judgement here. {NotABot} {CrisisLineSentence(lines)} If you're hurt and need medical care, please call {lines.EmergencyText}.");

    public static string HarmToOthers(CountryCrisisLines lines) => string.Create(CultureInfo.InvariantCulture,
        $"Thank you for being honest about how strong this feels. Please put some distance between you and the other person for now. {NotABot} If anyone could get hurt right now, call {lines.EmergencyText}. {CrisisLineSentence(lines)}");

    public static string Abuse(CountryCrisisLines lines)
    {
        var abuse = lines.OfKind(CrisisLineKind.Abuse).FirstOrDefault();
        var line = abuse is not null
            ? string.Create(CultureInfo.InvariantCulture, $"{abuse.Name}{PhonePart(abuse)} is free, confidential and can help you think through options at your own pace.")
            : CrisisLineSentence(lines);
        return string.Create(CultureInfo.InvariantCulture,
            $"What is happening to you is not your fault, and you deserve to be safe. {NotABot} {line} If you are in danger right now, call {lines.EmergencyText}.");
    }

    public static string Medical(CountryCrisisLines lines) => string.Create(CultureInfo.InvariantCulture,
        $"Please call {lines.EmergencyText} now. This sounds like a medical emergency, and getting help quickly matters. I'm a bot and can't call for you; if someone is nearby, ask them to call or to stay with you. When you can, {CrisisLineShort(lines)} is there to talk too.");

    public static string ThirdParty(CountryCrisisLines lines) => string.Create(CultureInfo.InvariantCulture,
        $"It says a lot that you're looking out for them. If they might be in danger right now, call {lines.EmergencyText}. You can also contact {CrisisLineShort(lines)} yourself for advice on how to support them, and gently encourage them to reach out. You don't have to carry this alone.");

    public const string PastCheck =
        "Thank you for sharing that part of your story with me. How are things with that these days? If it ever feels close again, tell me and I'll help you find support.";

    public const string OfferTherapist = "Would you like me to connect you with a human therapist now?";

    private static string CrisisLineSentence(CountryCrisisLines lines)
    {
        var crisis = lines.OfKind(CrisisLineKind.Crisis).FirstOrDefault();
        if (crisis is null)
        {
            return "You can find a free, confidential helpline near you at findahelpline.com, any time.";
        }

        return string.Create(CultureInfo.InvariantCulture, $"You can reach {crisis.Name}{PhonePart(crisis)}, free and confidential, any time.");
    }

    private static string CrisisLineShort(CountryCrisisLines lines)
    {
        var crisis = lines.OfKind(CrisisLineKind.Crisis).FirstOrDefault();
        return crisis is null ? "a helpline from findahelpline.com" : crisis.Name + PhonePart(crisis);
    }

    private static string PhonePart(CrisisLine line) => (line.Phone, line.Sms) switch
    {
        ({ } p, { } s) when p == s => $" (call or text {p})",
        ({ } p, _) => $" ({p})",
        (null, { } s) => $" (text {s})",
        _ => string.Empty,
    };
}
