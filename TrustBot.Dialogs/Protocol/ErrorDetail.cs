namespace TrustBot.Dialogs.Protocol;

/// <summary>The inner part of <see cref="ErrorResponse"/>; <see cref="Code"/> is stable, <see cref="Message"/> is for people.</summary>
public sealed record ErrorDetail(string Code, string Message);
