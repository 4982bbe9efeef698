namespace TrustBot.Dialogs.Safety.CrisisLines;

/// <summary>One crisis resource: a phone line, a text line, a chat or a directory of lines.</summary>
public sealed record CrisisLine(
    CrisisLineKind Kind,
    string Name,
    string? Phone = null,
    string? Sms = null,
    string? SmsKeyword = null,
    string? Url = null,
    bool VerifyBeforeRelease = false);
