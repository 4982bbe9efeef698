namespace TrustBot.Messaging.Authentication;

/// <summary>The outcome of checking an inbound request; <see cref="FailureReason"/> is for logs and carries no user data.</summary>
public sealed record BotAuthenticationResult(bool Succeeded, bool Anonymous, string? CallerId, string? FailureReason)
{
    public static BotAuthenticationResult AnonymousLocal { get; } = new(true, true, null, null);

    public static BotAuthenticationResult Authenticated(string callerId) => new(true, false, callerId, null);

    public static BotAuthenticationResult Failed(string reason) => new(false, false, null, reason);
}
