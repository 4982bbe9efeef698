namespace TrustBot.Tests.Scheduling;

/// <summary>
/// Tests that ask the real host's Quartz scheduler directly. Quartz keeps schedulers in a process-wide
/// repository by name, so a host started in parallel can hand back another host's scheduler (seen as a
/// missing trigger in CI); these run alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class QuartzHostCollection
{
    public const string Name = "Quartz hosts";
}
