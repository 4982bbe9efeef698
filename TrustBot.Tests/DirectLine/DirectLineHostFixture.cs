using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.DirectLine;

/// <summary>One <see cref="TrustBotHostFactory.ForDirectLine"/> host shared by a test class.</summary>
public sealed class DirectLineHostFixture : IDisposable
{
    public TrustBotHostFactory Host { get; } = TrustBotHostFactory.ForDirectLine();

    public void Dispose() => Host.Dispose();
}
