namespace TrustBot.Dialogs.Engine;

/// <summary>
/// The conversation's recently processed inbound activity ids, kept in conversation state so they are
/// written in the same atomic write as the turn's own state: a turn that saved its state is never run
/// again for a redelivery (also after a restart), and a turn that failed saved neither, so the
/// channel's retry runs it properly.
/// </summary>
public sealed class ProcessedActivities
{
    public List<ProcessedActivity> Recent { get; set; } = [];

    public ProcessedActivity? Find(string id, DateTimeOffset now, TimeSpan window) =>
        Recent.Find(p => string.Equals(p.Id, id, StringComparison.Ordinal) && p.ProcessedAt + window > now);

    public void Add(ProcessedActivity processed, DateTimeOffset now, ProcessedActivityOptions options)
    {
        Recent.RemoveAll(p => p.ProcessedAt + options.Window <= now || string.Equals(p.Id, processed.Id, StringComparison.Ordinal));
        Recent.Add(processed);
        if (Recent.Count > options.MaxRemembered)
        {
            Recent.RemoveRange(0, Recent.Count - options.MaxRemembered);
        }
    }
}
