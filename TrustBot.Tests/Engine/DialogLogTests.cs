using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TrustBot.Dialogs.Engine;
using TrustBot.Tests.CheckIn;
using TrustBot.Tests.Hosting;
using TrustBot.Tests.Turns;

namespace TrustBot.Tests.Engine;

public sealed class DialogLogTests
{
    [Fact]
    public async Task DialogsLogBeginAndEndWithStepAndDuration_NeverWhatWasTyped()
    {
        var logs = new CapturingLoggerProvider();
        await using var convo = new TestConversation(configure: s =>
            s.AddSingleton(new DialogLog(LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug)).CreateLogger<DialogLog>())));
        await CheckInTranscriptTests.WelcomeAndStartAsync(convo);
        await convo.SendAsync("Something else");
        await convo.SendAsync("floatyunique");
        convo.Time.Advance(TimeSpan.FromSeconds(90));
        await convo.SendAsync("cancel");

        var lines = logs.Lines.ToList();
        Assert.Contains(lines, l => l.Contains("Dialog welcome began.", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Dialog welcome ended (EndCalled) at step 3 after", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Dialog checkIn.ownFeeling ended (EndCalled)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Dialog checkIn ended (CancelCalled) at step 2 after 90000 ms.", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("floatyunique", StringComparison.OrdinalIgnoreCase));
    }
}
