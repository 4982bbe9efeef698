namespace TrustBot.Dialogs.Safety.CrisisLines;

/// <summary>What a resource is for.</summary>
public enum CrisisLineKind
{
    Crisis = 0,
    Text = 1,
    Chat = 2,
    Abuse = 3,
    Directory = 4,
}
