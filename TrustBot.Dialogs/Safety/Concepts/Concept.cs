namespace TrustBot.Dialogs.Safety.Concepts;

/// <summary>
/// Building blocks of a disclosure, found per clause and composed by <see cref="ConceptScreen"/>:
/// no single phrase decides, a combination does ("ending" + "decision" escalates, "ending" + "wish" asks).
/// </summary>
[Flags]
internal enum Concept : long
{
    None = 0,

    /// <summary>Death, dying, ending one's life, not being here or alive, not waking up, disappearing for good.</summary>
    Ending = 1L << 0,

    /// <summary>Wanting, going to, planning, being ready or about to.</summary>
    Intent = 1L << 1,

    /// <summary>Wishing, hoping, praying, not minding, thinking about: the passive modality.</summary>
    Wish = 1L << 2,

    /// <summary>A decision made and not to be argued with; calm after deciding.</summary>
    Decision = 1L << 3,

    /// <summary>Tonight, now, this weekend, soon, before the date.</summary>
    Imminence = 1L << 4,

    /// <summary>Pills, blades, rope, a gun, a height, the tracks.</summary>
    Means = 1L << 5,

    /// <summary>Right here, in my hand, next to me, within reach, I have.</summary>
    AtHand = 1L << 6,

    /// <summary>Goodbyes, letters left, belongings given away, accounts closed, what happens afterwards.</summary>
    Farewell = 1L << 7,

    /// <summary>Being a burden; everyone better off or freer without me.</summary>
    Burden = 1L << 8,

    /// <summary>A large amount of medicine just taken.</summary>
    Overdose = 1L << 9,

    /// <summary>Medicine taken, amount not stated.</summary>
    Ingested = 1L << 10,

    /// <summary>Body signs after an act: bleeding, vomiting, dizzy, strange feelings starting.</summary>
    Symptom = 1L << 11,

    /// <summary>Hurting oneself, including community slang and relapse into it.</summary>
    SelfHarm = 1L << 12,

    /// <summary>Urges, cravings, the old habit calling.</summary>
    Urge = 1L << 13,

    /// <summary>Not trusting oneself, not safe with oneself.</summary>
    SelfDistrust = 1L << 14,

    /// <summary>A plan or method named ("I have a plan", "worked out how").</summary>
    Plan = 1L << 15,

    /// <summary>Rehearsing how, testing a knot, practice runs.</summary>
    Rehearsal = 1L << 16,

    /// <summary>A complete passive wish in everyday words ("hope a truck hits me", "wish I could fade out").</summary>
    Passive = 1L << 17,

    /// <summary>Someone who can hurt the writer: partner, ex, parent, boss, family.</summary>
    AbuseActor = 1L << 18,

    /// <summary>Physical or sexual harm done to the writer.</summary>
    AbuseAct = 1L << 19,

    /// <summary>Coercive control: documents or wages taken, locked in, chaperoned, cut off, tracked, stalked, medication withheld.</summary>
    AbuseControl = 1L << 20,

    /// <summary>Threats: images, immigration status, custody, honour, death.</summary>
    AbuseThreat = 1L << 21,

    /// <summary>Fear for one's safety.</summary>
    Fear = 1L << 22,

    /// <summary>Intent or fear of hurting another person; revenge made physical; a weapon taken to a place.</summary>
    HarmOther = 1L << 23,

    /// <summary>Reported speech, lyrics and quotes: someone else's words.</summary>
    Reported = 1L << 24,

    /// <summary>Hyperbole ("hate Mondays so much I could die", "I'd rather die than").</summary>
    Hyperbole = 1L << 25,

    /// <summary>A past marker: years ago, used to, back then.</summary>
    Past = 1L << 26,

    /// <summary>Recovery: doing better now, clean for months.</summary>
    Recovery = 1L << 27,

    /// <summary>Film, book, study, news: not about the writer.</summary>
    Media = 1L << 28,

    /// <summary>A present marker that re-opens an old topic: again, now, these days.</summary>
    Present = 1L << 29,

    /// <summary>A resolve not to be argued with ("don't try to talk me out of it", "nothing will stop me").</summary>
    Resolve = 1L << 30,

    /// <summary>Soft parting words ("thank you for everything", "I love you all"): only count alongside another cue.</summary>
    Parting = 1L << 31,

    /// <summary>A dangerous situation: an abuser out of custody, showing up after a block or a move, a weapon in the house.</summary>
    Danger = 1L << 32,

    /// <summary>"I did it too", "now I get it": the writer joins a risk named for someone else.</summary>
    Echo = 1L << 33,

    /// <summary>Arms, wrists, thighs: with a relapse word ("relapse. arms again") it reads as self-harm.</summary>
    Body = 1L << 34,

    /// <summary>The topic named (suicide, self-harm, overdose), possibly about someone else: context for a plan, never a verdict.</summary>
    Topic = 1L << 35,

    /// <summary>A weapon just acquired or readied.</summary>
    Weapon = 1L << 36,

    /// <summary>Someone "is going to regret it" or "pay": with a weapon it reads as harm to others.</summary>
    Revenge = 1L << 37,
}
