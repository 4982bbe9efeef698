namespace TrustBot.Tests.Hosting;

/// <summary>
/// One request a <see cref="StandInServer"/> received; <see cref="RawPath"/> and <see cref="Query"/> are
/// exactly as sent (still escaped); header names in <see cref="Headers"/> are matched case-insensitively.
/// </summary>
public sealed record RecordedRequest(string Method, string RawPath, string? Authorization, string? ContentType, string Body)
{
    public string Query { get; init; } = string.Empty;

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
