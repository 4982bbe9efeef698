using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TrustBot.Dialogs.Sentiment;
using TrustBot.Sentiment;

namespace TrustBot.Tests.Sentiment;

public sealed class AzureSentimentAnalyzerTests : IAsyncLifetime
{
    private const string SecretText = "he lied to me again and I feel betrayed";

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _messages = new();
    private readonly FakeTimeProvider _time = new();
    private LanguageServiceStandIn _service = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _service = await LanguageServiceStandIn.StartAsync();
        _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _services.DisposeAsync();
    }

    private IOptions<SentimentOptions> Options(SentimentProvider provider = SentimentProvider.Azure) => Microsoft.Extensions.Options.Options.Create(new SentimentOptions
    {
        Provider = provider,
        Endpoint = _service.Endpoint,
        Key = "test-key",
        TimeoutMilliseconds = 800,
    });

    private AzureSentimentAnalyzer Azure() => new(_services.GetRequiredService<IHttpClientFactory>(), Options());

    private FallbackSentimentAnalyzer Fallback(SentimentProvider provider = SentimentProvider.Azure)
    {
        using var logProvider = new CapturingLoggerProvider(_messages);
        using var factory = LoggerFactory.Create(b => b.AddProvider(logProvider).SetMinimumLevel(LogLevel.Trace));
        return new FallbackSentimentAnalyzer(new LocalSentimentAnalyzer(), Options(provider), _time, factory.CreateLogger<FallbackSentimentAnalyzer>(), Azure());
    }

    [Fact]
    public async Task Success_SendsTheDocumentedRequestAndReadsTheDocumentResult()
    {
        var result = await Azure().AnalyzeAsync(SecretText, "en", CancellationToken.None);

        Assert.Equal("/language/:analyze-text?api-version=2023-04-01", _service.LastPath);
        Assert.Equal("test-key", _service.LastKey);
        Assert.Equal("SentimentAnalysis", (string?)_service.LastBody!["kind"]);
        var document = _service.LastBody["analysisInput"]!["documents"]![0]!;
        Assert.Equal("1", (string?)document["id"]);
        Assert.Equal("en", (string?)document["language"]);
        Assert.Equal(SecretText, (string?)document["text"]);
        Assert.Equal(SentimentLabel.Negative, result.Label);
        Assert.Equal(-0.89, result.Score, 3);
        Assert.Equal(0.90, result.Confidence.Negative, 3);
        Assert.Equal("azure", result.Source);
    }

    [Theory]
    [InlineData("429")]
    [InlineData("500")]
    [InlineData("401")]
    [InlineData("document-error")]
    [InlineData("not-json")]
    public async Task ErrorAnswers_Throw(string mode)
    {
        _service.Mode = mode;

        await Assert.ThrowsAsync<SentimentServiceException>(() => Azure().AnalyzeAsync(SecretText, "en", CancellationToken.None));
    }

    [Theory]
    [InlineData("429", "throttled")]
    [InlineData("500", "service-error")]
    [InlineData("document-error", "service-error")]
    public async Task Fallback_UsesTheLocalAnalyzerOnErrors_AndLogsNoText(string mode, string reason)
    {
        _service.Mode = mode;

        var result = await Fallback().AnalyzeAsync(SecretText, "en", CancellationToken.None);

        Assert.Equal("local", result.Source);
        Assert.Equal(SentimentLabel.Negative, result.Label);
        Assert.Contains(_messages, m => m.Contains(reason, StringComparison.Ordinal));
        Assert.DoesNotContain(_messages, m => m.Contains("betrayed", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Fallback_UsesTheLocalAnalyzerWhenAzureIsTooSlow()
    {
        _service.Mode = "slow";

        var pending = Fallback().AnalyzeAsync(SecretText, "en", CancellationToken.None);
        await _service.RequestArrived.Task;
        _time.Advance(TimeSpan.FromMilliseconds(801));
        var result = await pending;

        Assert.Equal("local", result.Source);
        Assert.Contains(_messages, m => m.Contains("timeout", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fallback_UsesAzureWhenItAnswersInTime() =>
        Assert.Equal("azure", (await Fallback().AnalyzeAsync(SecretText, "en", CancellationToken.None)).Source);

    [Fact]
    public async Task Fallback_WithLocalProvider_NeverCallsAzure()
    {
        var result = await Fallback(SentimentProvider.Local).AnalyzeAsync(SecretText, "en", CancellationToken.None);

        Assert.Equal("local", result.Source);
        Assert.Null(_service.LastBody);
    }

    [Fact]
    public async Task Fallback_CallerCancellation_IsNotSwallowed()
    {
        _service.Mode = "slow";
        using var cts = new CancellationTokenSource();

        var pending = Fallback().AnalyzeAsync(SecretText, "en", cts.Token);
        await _service.RequestArrived.Task;
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
    }

    [Fact]
    public void Options_AzureWithoutEndpointOrKey_AreInvalid()
    {
        var options = new SentimentOptions { Provider = SentimentProvider.Azure };

        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();

        Assert.Equal(2, errors.Count);
        Assert.Empty(new SentimentOptions().Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)));
    }

    private sealed class CapturingLoggerProvider(System.Collections.Concurrent.ConcurrentQueue<string> messages) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(messages);

        public void Dispose()
        {
        }

        private sealed class Logger(System.Collections.Concurrent.ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception));
        }
    }
}
