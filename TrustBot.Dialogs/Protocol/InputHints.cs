namespace TrustBot.Dialogs.Protocol;

/// <summary>The <c>inputHint</c> wire values (the swagger forms, not the spec prose's short forms).</summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}
