namespace TrustBot.Dialogs.Protocol;

/// <summary>Channel ids whose behaviour differs (rendering, reply routing).</summary>
public static class ChannelIds
{
    public const string MsTeams = "msteams";
    public const string DirectLine = "directline";
    public const string WebChat = "webchat";
    public const string Emulator = "emulator";
    public const string Test = "test";
}
