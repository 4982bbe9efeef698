namespace TrustBot.Tests.TeamsApp;

/// <summary>Finds files of the source tree from the test output folder (tests run from bin/...).</summary>
internal static class RepositoryFolder
{
    /// <summary>The folder holding TrustBot.sln, found by walking up from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TrustBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"TrustBot.sln was not found above {AppContext.BaseDirectory}; the tests need the source tree.");
    }
}
