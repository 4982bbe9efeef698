using TrustBot.StaffConsole;

namespace TrustBot.Cli;

/// <summary>
/// <c>dotnet run --project TrustBot -- hash-password</c>: reads one password line from stdin, prints its
/// hash for <c>Handoff:Staff:N:PasswordHash</c>. The password is never echoed or written anywhere else.
/// </summary>
public static class HashPasswordCommand
{
    public const string Name = "hash-password";
    public const int MinimumLength = 12;

    public static async Task<int> RunAsync(TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var password = await input.ReadLineAsync(cancellationToken);
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
        {
            await error.WriteLineAsync($"Type a password of at least {MinimumLength} characters on one line.".AsMemory(), cancellationToken);
            return 1;
        }

        await output.WriteLineAsync(StaffPasswordHasher.Hash(password).AsMemory(), cancellationToken);
        await output.FlushAsync(cancellationToken);
        return 0;
    }
}
