using System.Text.Json;
using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Commands;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Turns;
using TrustBot.Dialogs.Welcome;

namespace TrustBot.Dialogs;

/// <summary>
/// The TrustBot conversation. Every message goes through the commands that work from any step
/// (conversation.md section 8) before the active dialog sees it; an idle message starts the welcome
/// for a new person or offers a check-in.
/// </summary>
public sealed class TrustBotHandler : ActivityHandler
{
    private readonly DialogSet _dialogs = new();
    private readonly ProfileAccessor _profiles;
    private readonly PersonalDataService _personalData;
    private readonly SafetyLayer _safety;

    public TrustBotHandler(
        ProfileAccessor profiles,
        PersonalDataService personalData,
        SafetyLayer safety,
        WelcomeDialog welcome,
        CheckInDialog checkIn,
        DeleteDataDialog deleteData,
        MyDataDialog myData,
        SafetyDialog safetyDialog,
        DistressOfferDialog distressOffer)
    {
        _profiles = profiles;
        _personalData = personalData;
        _safety = safety;
        _dialogs.Add(welcome).Add(checkIn).Add(deleteData).Add(myData).Add(safetyDialog).Add(distressOffer);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dialogState = _profiles.DialogState(turnContext);
        var dc = new DialogContext(_dialogs, turnContext, dialogState);

        // The safety layer sees every message before any command or dialog step does.
        if (await _safety.ScreenAsync(dc, cancellationToken))
        {
            return;
        }

        var command = CommandRecognizer.Recognize(turnContext.InputText());
        if (command is BotCommand.ExportData or BotCommand.DeleteData && dc.ActiveDialog?.Id == MyDataDialog.DialogId)
        {
            // The "my data" menu's own buttons: let the menu answer them.
            command = BotCommand.None;
        }

        if (command != BotCommand.None)
        {
            await HandleCommandAsync(dc, command, cancellationToken);
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

        await OnDialogEndedAsync(dc, dialogState, result, cancellationToken);
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
        await OnDialogEndedAsync(dc, _profiles.DialogState(turnContext), result, cancellationToken);
    }

    protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        OnMembersAddedAsync([turnContext.Activity.From ?? new ChannelAccount()], turnContext, cancellationToken);

    private async Task HandleCommandAsync(DialogContext dc, BotCommand command, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        switch (command)
        {
            case BotCommand.Help:
                await turn.SendTextAsync(CommandMessages.Help, cancellationToken);
                await dc.RepromptDialogAsync(cancellationToken);
                break;

            case BotCommand.Cancel:
                await CancelAsync(dc, cancellationToken);
                break;

            case BotCommand.CheckIn:
                await StartCheckInAsync(dc, cancellationToken);
                break;

            case BotCommand.Privacy:
                await turn.SendTextAsync(CommandMessages.Privacy, cancellationToken);
                await dc.RepromptDialogAsync(cancellationToken);
                break;

            case BotCommand.MyData:
                await dc.CancelAllDialogsAsync(cancellationToken);
                await dc.BeginDialogAsync(MyDataDialog.DialogId, null, cancellationToken);
                break;

            case BotCommand.ExportData:
                await SendExportAsync(turn, _personalData, cancellationToken);
                await dc.RepromptDialogAsync(cancellationToken);
                break;

            case BotCommand.DeleteData:
                await dc.CancelAllDialogsAsync(cancellationToken);
                await dc.BeginDialogAsync(DeleteDataDialog.DialogId, null, cancellationToken);
                break;

            case BotCommand.Crisis:
                await _safety.SendResourcesAsync(turn, cancellationToken);
                await dc.RepromptDialogAsync(cancellationToken);
                break;
        }
    }

    /// <summary>Sends the export file; used by the command and by the my-data dialog.</summary>
    internal static async Task SendExportAsync(ITurnContext turn, PersonalDataService personalData, CancellationToken cancellationToken)
    {
        var export = await personalData.ExportAsync(turn, cancellationToken);
        var checkIns = export["profile"]?["checkIns"]?.AsArray().Count ?? 0;
        await turn.SendActivityAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Text = CommandMessages.ExportIntro + " " + CommandMessages.ExportSummary(checkIns),
            Attachments = [PersonalDataService.ToAttachment(export)],
        }, cancellationToken);
    }

    private async Task CancelAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var active = dc.ActiveDialog?.Id;
        if (active is null)
        {
            await dc.Context.SendTextAsync(CommandMessages.NothingToCancel, cancellationToken);
            return;
        }

        await dc.CancelAllDialogsAsync(cancellationToken);
        _profiles.Conversation(dc.Context).CheckIn = null;
        _safety.DiscardParked(dc.Context);
        if (active == WelcomeDialog.DialogId)
        {
            // Someone who stops the welcome has still been greeted; do not start it over.
            _profiles.Profile(dc.Context).Welcomed = true;
        }

        await dc.Context.SendTextAsync(active == CheckInDialog.DialogId ? CommandMessages.CancelledCheckIn : CommandMessages.CancelledOther, cancellationToken);
    }

    private async Task StartCheckInAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var profile = _profiles.Profile(dc.Context);
        if (dc.ActiveDialog?.Id == WelcomeDialog.DialogId && profile.ConsentGiven is null)
        {
            // Whether to save the check-in has to be settled before it starts.
            await dc.Context.SendTextAsync(CommandMessages.FinishConsentFirst, cancellationToken);
            await dc.RepromptDialogAsync(cancellationToken);
            return;
        }

        if (dc.ActiveDialog is not null)
        {
            if (dc.ActiveDialog.Id == CheckInDialog.DialogId)
            {
                await dc.Context.SendTextAsync(CommandMessages.StartingFresh, cancellationToken);
            }

            await dc.CancelAllDialogsAsync(cancellationToken);
        }

        profile.Welcomed = true;
        _safety.DiscardParked(dc.Context);
        await dc.BeginDialogAsync(CheckInDialog.DialogId, null, cancellationToken);
    }

    private async Task OnDialogEndedAsync(DialogContext dc, DialogState dialogState, DialogTurnResult result, CancellationToken cancellationToken)
    {
        if (result.Status != DialogTurnStatus.Complete || result.Result is null)
        {
            return;
        }

        if (result.Result["resume"] is not null && result.Result.Deserialize<SafetyDialogResult>(ProtocolJson.Options) is { Resume: true })
        {
            await _safety.ResumeParkedAsync(dc, dialogState, cancellationToken);
            return;
        }

        if (result.Result["startCheckIn"] is not null && result.Result.Deserialize<WelcomeResult>(ProtocolJson.Options) is { StartCheckIn: true })
        {
            await dc.BeginDialogAsync(CheckInDialog.DialogId, null, cancellationToken);
        }
    }

    private static Task SendMenuAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var activity = MessageFactory.Text(text);
        ChoiceFactory.Apply(activity, [new Choice(CommandMessages.CheckInButton), new Choice(CommandMessages.HelpButton)], turnContext.Activity, ListStyle.Auto);
        return turnContext.SendActivityAsync(activity, cancellationToken);
    }
}
