using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace TrustBot.StaffConsole;

/// <summary>
/// Locks an account id after <see cref="StaffConsoleOptions.LockoutFailures"/> failed sign-ins within
/// <see cref="StaffConsoleOptions.LockoutMinutes"/>. Unknown ids lock the same way, so the answer never
/// tells whether an account exists. In memory: a restart clears it, which is fine for a rate brake.
/// </summary>
public sealed class SignInLockout(IOptions<StaffConsoleOptions> options, TimeProvider time)
{
    private const int TrackedIdsBeforePruning = 1000;
    private readonly ConcurrentDictionary<string, List<DateTimeOffset>> _failures = new(StringComparer.OrdinalIgnoreCase);

    private TimeSpan Window => TimeSpan.FromMinutes(options.Value.LockoutMinutes);

    public bool IsLocked(string accountId)
    {
        if (!_failures.TryGetValue(accountId, out var failures))
        {
            return false;
        }

        lock (failures)
        {
            Prune(failures);
            return failures.Count >= options.Value.LockoutFailures;
        }
    }

    public void RecordFailure(string accountId)
    {
        if (_failures.Count > TrackedIdsBeforePruning)
        {
            PruneAll();
        }

        var failures = _failures.GetOrAdd(accountId, _ => []);
        lock (failures)
        {
            Prune(failures);
            failures.Add(time.GetUtcNow());
        }
    }

    public void Reset(string accountId) => _failures.TryRemove(accountId, out _);

    private void Prune(List<DateTimeOffset> failures)
    {
        var since = time.GetUtcNow() - Window;
        failures.RemoveAll(at => at <= since);
    }

    private void PruneAll()
    {
        foreach (var (id, failures) in _failures)
        {
            lock (failures)
            {
                Prune(failures);
                if (failures.Count == 0)
                {
                    _failures.TryRemove(id, out _);
                }
            }
        }
    }
}
