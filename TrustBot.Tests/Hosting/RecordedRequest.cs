namespace TrustBot.Tests.Hosting;

/// <summary>One request a <see cref="StandInServer"/> received; <see cref="RawPath"/> is exactly as sent (still escaped).</summary>
public sealed record RecordedRequest(string Method, string RawPath, string? Authorization, string? ContentType, string Body);
