using TrustBot.Dialogs.Cards;
using TrustBot.Dialogs.Commands;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Modules;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Turns;
using TrustBot.Dialogs.Welcome;

namespace TrustBot.Dialogs;

/// <summary>
/// The TrustBot conversation, as a router. Every message is screened by the safety layer, then goes
/// through the registered commands that work from any step (conversation.md section 8) before the
/// active dialog sees it; an idle message starts the welcome for a new person or offers a check-in.
/// Commands, dialogs and what follows a dialog's end are contributed by the capabilities (see
/// <see cref="BotModuleServiceCollectionExtensions"/>); this class knows none of them by name but the welcome.
/// </summary>
public sealed class TrustBotHandler : ActivityHandler
{
    private readonly DialogSet _dialogs = new();
    private readonly ProfileAccessor _profiles;
    private readonly SafetyLayer _safety;
    private readonly CommandRecognizer _commands;
    private readonly ILookup<string, IDialogResultHandler> _resultHandlers;
    private readonly ILookup<string, IBotEventHandler> _eventHandlers;

    public TrustBotHandler(
        ProfileAccessor profiles,
        SafetyLayer safety,
        CommandRecognizer commands,
        IEnumerable<Dialog> dialogs,
        IEnumerable<IDialogResultHandler> resultHandlers,
        IEnumerable<IBotEventHandler> eventHandlers)
    {
        _profiles = profiles;
        _safety = safety;
        _commands = commands;
        foreach (var dialog in dialogs)
        {
            _dialogs.Add(dialog);
        }

        _resultHandlers = resultHandlers.ToLookup(h => h.DialogId, StringComparer.Ordinal);
        _eventHandlers = eventHandlers.ToLookup(h => h.EventName, StringComparer.Ordinal);
    }

    /// <summary>Events go to the capability that registered their name; any other is accepted and ignored.</summary>
    protected override async Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        foreach (var handler in _eventHandlers[turnContext.Activity.Name ?? string.Empty])
        {
            await handler.HandleAsync(turnContext, cancellationToken);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dc = new DialogContext(_dialogs, turnContext, _profiles.DialogState(turnContext));

        // The safety layer sees every message before any command or dialog step does.
        if (await _safety.ScreenAsync(dc, cancellationToken))
        {
            return;
        }

        if (_commands.Recognize(turnContext.InputText(), dc.ActiveDialog) is { } command)
        {
            await command.ExecuteAsync(dc, cancellationToken);
            if (command.AsksWaitingQuestionAgain)
            {
                await dc.RepromptDialogAsync(cancellationToken);
            }

            return;
        }

        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Empty)
        {
            if (!_profiles.Profile(turnContext).Welcomed)
            {
                result = await dc.BeginDialogAsync(WelcomeDialog.DialogId, null, cancellationToken);
            }
            else if (_safety.RecentlyEscalated(turnContext))
            {
                await turnContext.SendTextAsync(EscalationMessages.Present, cancellationToken);
                return;
            }
            else
            {
                await SendMenuAsync(turnContext, CommandMessages.Idle, cancellationToken);
                await _safety.AfterTurnAsync(dc, cancellationToken);
                return;
            }
        }

        await OnDialogEndedAsync(dc, result, cancellationToken);
        await _safety.AfterTurnAsync(dc, cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // Teams sends installationUpdate and conversationUpdate for one install: welcome once.
        var dc = new DialogContext(_dialogs, turnContext, _profiles.DialogState(turnContext));
        if (dc.ActiveDialog is not null)
        {
            return;
        }

        if (_profiles.Profile(turnContext).Welcomed)
        {
            await SendMenuAsync(turnContext, CommandMessages.WelcomeBack, cancellationToken);
            return;
        }

        var result = await dc.BeginDialogAsync(WelcomeDialog.DialogId, null, cancellationToken);
        await OnDialogEndedAsync(dc, result, cancellationToken);
    }

    /// <summary>
    /// An <c>Action.Execute</c> on a question card is read as the <c>Action.Submit</c> it stands for (a message
    /// whose value is the card's data and inputs), so safety, commands and the waiting prompt see it as any
    /// answer; the prompt's refreshed card is the invoke response. Other invokes go to the base.
    /// </summary>
    protected override async Task OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Name != UniversalActions.InvokeName)
        {
            await base.OnInvokeActivityAsync(turnContext, cancellationToken);
            return;
        }

        var (data, error) = UniversalActions.Read(activity);
        if (data is null)
        {
            turnContext.TurnState.Set(error!);
            return;
        }

        var execute = new CardActionTurn();
        turnContext.TurnState.Set(execute);

        // Should the turn fail, the person still gets words, not an error; its state is not saved.
        turnContext.TurnState.Set(UniversalActions.MessageResponse(BotAdapter.ErrorReplyText));
        var original = (activity.Type, activity.Value);
        activity.Type = ActivityTypes.Message;
        activity.Value = data;
        try
        {
            await OnMessageActivityAsync(turnContext, cancellationToken);
        }
        finally
        {
            (activity.Type, activity.Value) = original;
        }

        // No prompt took it: the card's question is no longer open (the check-in ended or moved on).
        turnContext.TurnState.Set(UniversalActions.CardResponse(execute.RefreshedCard ?? PromptCards.Passed()));
    }

    protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        OnMembersAddedAsync([turnContext.Activity.From ?? new ChannelAccount()], turnContext, cancellationToken);

    /// <summary>
    /// A root dialog ended: the handlers registered for its id (its own capability's, and others' such as
    /// scheduling's after a check-in), in registration order, say what follows.
    /// </summary>
    private async Task OnDialogEndedAsync(DialogContext dc, DialogTurnResult result, CancellationToken cancellationToken)
    {
        if (result.Status == DialogTurnStatus.Complete && result.DialogId is { } id)
        {
            foreach (var handler in _resultHandlers[id])
            {
                await handler.HandleAsync(dc, result, cancellationToken);
            }
        }
    }

    private static Task SendMenuAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var activity = MessageFactory.Text(text);
        ChoiceFactory.Apply(activity, [new Choice(CommandMessages.CheckInButton), new Choice(CommandMessages.HelpButton)], turnContext.Activity, ListStyle.Auto);
        return turnContext.SendActivityAsync(activity, cancellationToken);
    }
}
