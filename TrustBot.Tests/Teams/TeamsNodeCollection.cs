namespace TrustBot.Tests.Teams;

/// <summary>
/// The test classes that use the Teams npm tools share one <see cref="TeamsNodePackages"/> and run one
/// after another, so two classes never run <c>npm ci</c> into the same node_modules at once.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TeamsNodeCollection : ICollectionFixture<TeamsNodePackages>
{
    public const string Name = "Teams npm tools";
}
