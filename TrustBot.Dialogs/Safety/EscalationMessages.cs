using System.Globalization;
using TrustBot.Dialogs.Safety.CrisisLines;

namespace TrustBot.Dialogs.Safety;

/// <summary>What the bot says after the first crisis reply: answers to "are you safe", distress offers, resources on request.</summary>
public static class EscalationMessages
{
    public const string ClarifyNo =
        "Thank you for telling me, and for answering honestly. If those thoughts ever do come, you can tell me, and I'll help you find someone to talk to.";

    public const string SafeNow =
        "I'm really glad you're safe. Thank you for staying with me. The lines above are there any time, day or night, if that changes.";

    public const string AskAgain = "I'm still here. When you can, tell me: are you safe right now?";
    public const string StillHere = "I'm here whenever you want to talk. Type \"crisis\" at any time to see the crisis lines again.";

    public const string Present =
        "I'm here. You can tell me more if you'd like, type \"crisis\" for the crisis lines, or \"check in\" whenever you're ready.";

    public const string AskResume = "Would you like to go back to your check-in, or stop here for now?";
    public const string ResumeButton = "Back to the check-in";
    public const string StopButton = "Stop here";
    public const string Resuming = "Okay, let's pick up where we were.";
    public const string Stopped = "Okay, we'll leave the check-in there. I'm here whenever you want to talk, and you can type \"check in\" to start a new one.";

    public const string AbuseCanTalk =
        "Thank you. I'm listening, and none of this is your fault. I've set the check-in aside: this matters more. The people at the line above are trained for exactly this and can help you think through options at your own pace.";

    public const string AbuseNotSafe =
        "Okay. You can close this chat now. When it's safe, the line above is free and confidential. If you're in danger, call your local emergency number.";

    public const string DistressOffer =
        "That sounds like a lot to hold right now. Would you like to try a short grounding exercise, or talk to a person? We can also just keep going.";

    public const string GroundingButton = "Grounding exercise";
    public const string PersonButton = "Talk to a person";
    public const string KeepGoingButton = "Keep going";
    public const string KeepGoing = "Okay, let's keep going at your pace.";

    public static string NotSafe(CountryCrisisLines lines) => string.Create(CultureInfo.InvariantCulture,
        $"Please call {lines.EmergencyText} now, or one of the lines above. If you can, go to where other people are, and move away from anything you could use to hurt yourself. I'm a bot and can't call for you, but I'm not going anywhere.");

    public static string TherapistUnavailable(CountryCrisisLines lines) => string.Create(CultureInfo.InvariantCulture,
        $"I can't connect you to a therapist from here yet. {Person(lines)} A therapist or your doctor can also help with what you're going through.");

    public static string Resources(CountryCrisisLines lines) => string.Create(CultureInfo.InvariantCulture,
        $"You don't have to go through this alone. {Person(lines)} If you're in danger right now, call {lines.EmergencyText}. I'm a bot and can't call for help myself, but I'm here to keep talking.");

    private static string Person(CountryCrisisLines lines)
    {
        var crisis = lines.OfKind(CrisisLineKind.Crisis).FirstOrDefault();
        return crisis is null
            ? "Real people are ready to talk right now: findahelpline.com lists free, confidential lines near you."
            : string.Create(CultureInfo.InvariantCulture, $"Real people are ready to talk right now at {crisis.Name}{(crisis.Phone is { } phone ? " (" + phone + ")" : string.Empty)}, free and confidential.");
    }
}
