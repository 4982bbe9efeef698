namespace TrustBot.Dialogs.Handoff;

/// <summary>How many staff are online now (the console reports who has it open), for the wait estimate.</summary>
public interface IStaffPresence
{
    int OnlineCount { get; }
}
