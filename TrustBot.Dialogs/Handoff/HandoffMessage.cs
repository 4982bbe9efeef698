namespace TrustBot.Dialogs.Handoff;

/// <summary>One relayed message of a live handoff. Personal data: exported and deleted with the person's data.</summary>
/// <param name="Sequence">Increasing per store, so the console asks for what came after the last one it has.</param>
/// <param name="RequestId">The request it belongs to.</param>
/// <param name="At">When it was relayed.</param>
/// <param name="Speaker"><see cref="HandoffSpeaker"/>.</param>
/// <param name="Text">The message.</param>
/// <param name="CrisisAlert">The crisis screen flagged the person's message.</param>
public sealed record HandoffMessage(long Sequence, string RequestId, DateTimeOffset At, HandoffSpeaker Speaker, string Text, bool CrisisAlert);
