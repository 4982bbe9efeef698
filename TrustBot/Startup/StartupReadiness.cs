namespace TrustBot.Startup;

/// <summary>Whether the warm-up has finished: <c>/healthz</c> answers 503 "not ready" until it has.</summary>
public sealed class StartupReadiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    /// <summary>Completes when the warm-up has finished.</summary>
    public Task WhenReady => _ready.Task;

    internal void MarkReady() => _ready.TrySetResult();
}
