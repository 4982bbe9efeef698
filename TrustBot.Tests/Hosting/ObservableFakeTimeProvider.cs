using Microsoft.Extensions.Time.Testing;

namespace TrustBot.Tests.Hosting;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that says when code under test starts a timer, so a test advances the
/// clock exactly when the timer it means exists instead of nudging the clock in a polling loop.
/// </summary>
public sealed class ObservableFakeTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TimeSpan, int> _created = [];
    private readonly List<(TimeSpan DueTime, int After, TaskCompletionSource Created)> _waiters = [];

    /// <summary>How many timers with this due time were started so far (pass it to <see cref="WaitForTimerAsync"/>).</summary>
    public int TimersStarted(TimeSpan dueTime)
    {
        lock (_gate)
        {
            return _created.GetValueOrDefault(dueTime);
        }
    }

    /// <summary>Completes once more than <paramref name="alreadyStarted"/> timers with <paramref name="dueTime"/> were started.</summary>
    public Task WaitForTimerAsync(TimeSpan dueTime, int alreadyStarted)
    {
        lock (_gate)
        {
            if (_created.GetValueOrDefault(dueTime) > alreadyStarted)
            {
                return Task.CompletedTask;
            }

            var created = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((dueTime, alreadyStarted, created));
            return created.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        List<TaskCompletionSource> ready = [];
        lock (_gate)
        {
            var count = _created[dueTime] = _created.GetValueOrDefault(dueTime) + 1;
            ready.AddRange(_waiters.Where(w => w.DueTime == dueTime && count > w.After).Select(w => w.Created));
            _waiters.RemoveAll(w => w.DueTime == dueTime && count > w.After);
        }

        foreach (var waiter in ready)
        {
            waiter.TrySetResult();
        }

        return timer;
    }
}
