using TrustBot.Cli;
using TrustBot.StaffConsole;

namespace TrustBot.Tests.StaffConsole;

public sealed class HashPasswordCommandTests
{
    [Fact]
    public async Task The_printed_hash_verifies_the_typed_password_and_no_other()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await HashPasswordCommand.RunAsync(new StringReader("correct horse battery\n"), output, error, CancellationToken.None);

        Assert.Equal(0, exit);
        var hash = output.ToString().Trim();
        Assert.StartsWith("pbkdf2-sha256$210000$", hash, StringComparison.Ordinal);
        Assert.DoesNotContain("horse", hash, StringComparison.Ordinal);
        Assert.True(StaffPasswordHasher.Verify("correct horse battery", hash));
        Assert.False(StaffPasswordHasher.Verify("correct horse batterY", hash));
        Assert.NotEqual(hash, StaffPasswordHasher.Hash("correct horse battery"));
    }

    [Fact]
    public async Task A_short_password_is_refused_with_a_reason()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await HashPasswordCommand.RunAsync(new StringReader("short\n"), output, error, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Empty(output.ToString());
        Assert.Contains("12 characters", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("sha1$210000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("pbkdf2-sha256$210000$not-base64$AAAA")]
    public void Malformed_or_weak_hashes_never_verify(string hash)
    {
        Assert.False(StaffPasswordHasher.IsWellFormed(hash));
        Assert.False(StaffPasswordHasher.Verify("anything", hash));
    }
}
