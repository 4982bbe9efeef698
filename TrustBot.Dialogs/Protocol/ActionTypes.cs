namespace TrustBot.Dialogs.Protocol;

/// <summary>Card action <c>type</c> values.</summary>
public static class ActionTypes
{
    public const string ImBack = "imBack";
    public const string MessageBack = "messageBack";
    public const string PostBack = "postBack";
    public const string OpenUrl = "openUrl";
    public const string Call = "call";
    public const string DownloadFile = "downloadFile";
    public const string ShowImage = "showImage";
    public const string Signin = "signin";
    public const string Invoke = "invoke";
}
