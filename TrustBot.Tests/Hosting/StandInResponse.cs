namespace TrustBot.Tests.Hosting;

/// <summary>What a <see cref="StandInServer"/> answers.</summary>
public sealed record StandInResponse(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static StandInResponse Json(int status, string body) => new(status, body);
}
