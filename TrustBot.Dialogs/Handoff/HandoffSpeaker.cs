namespace TrustBot.Dialogs.Handoff;

/// <summary>Who said a relayed message. Stored by name.</summary>
public enum HandoffSpeaker
{
    Person,
    Therapist,
}
