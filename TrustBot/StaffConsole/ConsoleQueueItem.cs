namespace TrustBot.StaffConsole;

/// <summary>A queue row: nothing about the person, only what is needed to choose whom to help first.</summary>
/// <param name="Id">Opaque random request id.</param>
/// <param name="Urgency">crisis, distress or routine.</param>
/// <param name="Status">waiting or live.</param>
/// <param name="WaitingSeconds">Since the request (waiting) or until acceptance (live).</param>
/// <param name="Mine">Accepted by the signed-in staff member.</param>
/// <param name="StaffId">Who handles it: shown to supervisors only.</param>
public sealed record ConsoleQueueItem(string Id, string Urgency, string Status, long WaitingSeconds, bool Mine, string? StaffId);
