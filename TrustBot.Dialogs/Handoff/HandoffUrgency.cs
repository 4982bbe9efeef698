namespace TrustBot.Dialogs.Handoff;

/// <summary>How soon a request needs a person. Higher goes first in the queue; stored as its number.</summary>
public enum HandoffUrgency
{
    Routine = 0,
    Distress = 1,
    Crisis = 2,
}
