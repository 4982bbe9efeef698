using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Scheduling;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Tests.Scheduling;

/// <summary>
/// The scheduling dialogs hosted the way the handler will host them (commands first, then the active
/// dialog), without touching TrustBotHandler.
/// </summary>
public sealed class SchedulingTestBot : ActivityHandler
{
    public const string Idle = "(idle)";

    private readonly DialogSet _dialogs = new();
    private readonly ProfileAccessor _profiles;
    private readonly ScheduleCommandHandler _commands;

    public SchedulingTestBot(ProfileAccessor profiles, ScheduleCommandHandler commands, ScheduleDialog schedule, FollowUpDialog followUp)
    {
        _profiles = profiles;
        _commands = commands;
        _dialogs.Add(schedule).Add(followUp);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dc = new DialogContext(_dialogs, turnContext, _profiles.DialogState(turnContext));
        if (await _commands.TryHandleAsync(dc, cancellationToken))
        {
            return;
        }

        if ((await dc.ContinueDialogAsync(cancellationToken)).Status == DialogTurnStatus.Empty)
        {
            await turnContext.SendTextAsync(Idle, cancellationToken);
        }
    }
}
