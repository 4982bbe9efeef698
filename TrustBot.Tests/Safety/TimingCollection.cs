namespace TrustBot.Tests.Safety;

/// <summary>Tests that time code: they run alone, so the rest of the suite does not share their cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}
