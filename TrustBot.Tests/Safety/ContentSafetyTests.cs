using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TrustBot.Dialogs.Safety;
using TrustBot.Safety.ContentSafety;
using TrustBot.Tests.Turns;

namespace TrustBot.Tests.Safety;

/// <summary>The Azure AI Content Safety second opinion against a stand-in that speaks its REST contract.</summary>
public sealed class ContentSafetyTests : IAsyncLifetime
{
    private const string SecretText = "quiet evening, nothing much to say";

    private readonly ConcurrentQueue<string> _messages = new();
    private readonly FakeTimeProvider _time = new();
    private ContentSafetyStandIn _service = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _service = await ContentSafetyStandIn.StartAsync();
        _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _services.DisposeAsync();
    }

    private IOptions<ContentSafetyOptions> Options() => Microsoft.Extensions.Options.Options.Create(new ContentSafetyOptions
    {
        Enabled = true,
        Endpoint = _service.Endpoint,
        Key = "test-key",
        TimeoutMilliseconds = 600,
    });

    private ContentSafetyClient Client() => new(_services.GetRequiredService<IHttpClientFactory>(), Options());

    private ContentSafetySecondOpinion SecondOpinion()
    {
        var factory = LoggerFactory.Create(b => b.AddProvider(new CapturingLoggerProvider(_messages)).SetMinimumLevel(LogLevel.Trace));
        return new ContentSafetySecondOpinion(Client(), Options(), _time, factory.CreateLogger<ContentSafetySecondOpinion>());
    }

    private static SafetyAssessment Local(CrisisDecision decision) =>
        decision == CrisisDecision.Continue ? SafetyAssessment.None("en") : new SafetyAssessment(decision, CrisisCategory.DangerAbuse, "en.test", "en");

    [Fact]
    public async Task Client_SendsTheDocumentedRequest_AndReadsTheSeverities()
    {
        _service.SelfHarmSeverity = 4;
        _service.ViolenceSeverity = 2;

        var result = await Client().AnalyzeAsync(SecretText, CancellationToken.None);

        Assert.Equal("/contentsafety/text:analyze?api-version=2024-09-01", _service.LastPath);
        Assert.Equal("test-key", _service.LastKey);
        Assert.Equal(SecretText, (string?)_service.LastBody!["text"]);
        Assert.Equal(["SelfHarm", "Violence"], _service.LastBody["categories"]!.AsArray().Select(c => (string?)c));
        Assert.Equal("FourSeverityLevels", (string?)_service.LastBody["outputType"]);
        Assert.Equal(new ContentSafetySeverities(4, 2), result);
    }

    [Theory]
    [InlineData("429")]
    [InlineData("500")]
    [InlineData("401")]
    [InlineData("bad-request")]
    [InlineData("not-json")]
    public async Task Client_ErrorAnswers_Throw(string mode)
    {
        _service.Mode = mode;

        await Assert.ThrowsAsync<ContentSafetyException>(() => Client().AnalyzeAsync(SecretText, CancellationToken.None));
    }

    [Theory]
    [InlineData(4, 0, CrisisDecision.Escalate, "content-safety.self-harm")]
    [InlineData(2, 0, CrisisDecision.Clarify, "content-safety.self-harm-low")]
    [InlineData(0, 6, CrisisDecision.Escalate, "content-safety.violence")]
    [InlineData(0, 4, CrisisDecision.Continue, "")]
    public async Task SecondOpinion_RaisesACalmLocalVerdict(int selfHarm, int violence, CrisisDecision expected, string rule)
    {
        _service.SelfHarmSeverity = selfHarm;
        _service.ViolenceSeverity = violence;

        var result = await SecondOpinion().ReviewAsync(SecretText, Local(CrisisDecision.Continue), CancellationToken.None);

        Assert.Equal(expected, result.Decision);
        Assert.Equal(rule, result.RuleId);
    }

    [Theory]
    [InlineData(CrisisDecision.Abuse)]
    [InlineData(CrisisDecision.Clarify)]
    public async Task SecondOpinion_NeverLowersTheLocalVerdict(CrisisDecision local)
    {
        _service.SelfHarmSeverity = 0;

        var result = await SecondOpinion().ReviewAsync(SecretText, Local(local), CancellationToken.None);

        Assert.Equal(local, result.Decision);
    }

    [Theory]
    [InlineData(CrisisDecision.Escalate)]
    [InlineData(CrisisDecision.Medical)]
    public async Task SecondOpinion_DoesNotSendTheText_WhenTheLocalVerdictIsAlreadyMostUrgent(CrisisDecision local)
    {
        var result = await SecondOpinion().ReviewAsync(SecretText, Local(local), CancellationToken.None);

        Assert.Equal(local, result.Decision);
        Assert.Equal(0, _service.Requests);
    }

    [Theory]
    [InlineData("429", "throttled")]
    [InlineData("500", "service-error")]
    [InlineData("401", "service-error")]
    [InlineData("not-json", "service-error")]
    public async Task SecondOpinion_ServiceErrors_LeaveTheLocalVerdict_AndLogNoText(string mode, string reason)
    {
        _service.Mode = mode;

        var result = await SecondOpinion().ReviewAsync(SecretText, Local(CrisisDecision.Continue), CancellationToken.None);

        Assert.Equal(CrisisDecision.Continue, result.Decision);
        Assert.Contains(_messages, m => m.Contains(reason, StringComparison.Ordinal));
        Assert.DoesNotContain(_messages, m => m.Contains("quiet evening", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SecondOpinion_TooSlow_LeavesTheLocalVerdict()
    {
        _service.Mode = "slow";
        _service.SelfHarmSeverity = 6;

        var pending = SecondOpinion().ReviewAsync(SecretText, Local(CrisisDecision.Clarify), CancellationToken.None);
        await _service.RequestArrived.Task;
        _time.Advance(TimeSpan.FromMilliseconds(601));
        var result = await pending;

        Assert.Equal(CrisisDecision.Clarify, result.Decision);
        Assert.Contains(_messages, m => m.Contains("timeout", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SecondOpinion_Unreachable_LeavesTheLocalVerdict()
    {
        var endpoint = _service.Endpoint;
        await _service.DisposeAsync();
        var options = Microsoft.Extensions.Options.Options.Create(new ContentSafetyOptions { Enabled = true, Endpoint = endpoint, Key = "k" });
        var opinion = new ContentSafetySecondOpinion(new ContentSafetyClient(_services.GetRequiredService<IHttpClientFactory>(), options), options, _time, Microsoft.Extensions.Logging.Abstractions.NullLogger<ContentSafetySecondOpinion>.Instance);

        var result = await opinion.ReviewAsync(SecretText, Local(CrisisDecision.Continue), CancellationToken.None);

        Assert.Equal(CrisisDecision.Continue, result.Decision);
        _service = await ContentSafetyStandIn.StartAsync();
    }

    [Fact]
    public void Options_EnabledWithoutEndpointOrKey_AreInvalid()
    {
        var options = new ContentSafetyOptions { Enabled = true };

        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();

        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(ContentSafetyOptions.Endpoint)));
        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(ContentSafetyOptions.Key)));
        Assert.Empty(new ContentSafetyOptions().Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)));
    }

    [Fact]
    public async Task Conversation_ACalmMessageTheServiceRatesAsSelfHarm_GetsTheCrisisReply()
    {
        _service.SelfHarmSeverity = 6;
        await using var convo = Conversation();
        await convo.JoinAsync();

        var replies = await convo.SendAsync("had a quiet day at home");

        replies.ShouldContain("988");
        replies.ShouldContain(SafetyMessages.AreYouSafe);
    }

    [Fact]
    public async Task Conversation_TheServiceFailing_LeavesTheConversationAsItWas()
    {
        _service.Mode = "500";
        await using var convo = Conversation();
        await convo.JoinAsync();

        var replies = await convo.SendAsync("had a quiet day at home");

        replies.ShouldNotContain("988");
        Assert.Equal(1, _service.Requests);
    }

    private TestConversation Conversation()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ContentSafety:Enabled"] = "true",
            ["ContentSafety:Endpoint"] = _service.Endpoint.ToString(),
            ["ContentSafety:Key"] = "test-key",
        }).Build();
        return new TestConversation(locale: "en-US", configure: services => services.AddTrustBotContentSafety(configuration));
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> messages) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(messages);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception));
        }
    }
}
