using TrustBot.Dialogs.Safety;

namespace TrustBot.Tests.Turns;

/// <summary>One detector for all transcript tests: it is stateless, and compiling its rules per test would dominate the run.</summary>
internal static class SharedCrisisDetector
{
    public static readonly CrisisDetector Instance = new();
}
