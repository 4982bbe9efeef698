using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Commands;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Profile;

/// <summary>Exports and deletes everything TrustBot holds about the person in this turn.</summary>
public sealed class PersonalDataService(ProfileAccessor profiles, IEnumerable<IPersonalDataStore> stores, IDeletedDataEraser eraser)
{
    public const string ExportFileName = "trustbot-my-data.json";

    private static readonly JsonSerializerOptions IndentedJson = new(ProtocolJson.Options) { WriteIndented = true };

    public async Task<JsonObject> ExportAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var export = new JsonObject
        {
            ["exportedAt"] = turnContext.Time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["channelId"] = activity.ChannelId,
            ["profile"] = JsonSerializer.SerializeToNode(profiles.Profile(turnContext), ProtocolJson.Options),
            ["conversation"] = JsonSerializer.SerializeToNode(profiles.Conversation(turnContext), ProtocolJson.Options),
        };
        if (activity.ChannelId is { } channelId && activity.From?.Id is { } userId)
        {
            foreach (var store in stores)
            {
                export[store.Name] = await store.ExportAsync(channelId, userId, cancellationToken);
            }
        }

        return export;
    }

    /// <summary>Sends the export file with a one-line summary ("my data" menu and the "export my data" command).</summary>
    public async Task SendExportAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var export = await ExportAsync(turnContext, cancellationToken);
        var checkIns = export["history"]?["checkIns"]?.AsArray().Count ?? export["profile"]?["checkIns"]?.AsArray().Count ?? 0;
        await turnContext.SendActivityAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Text = CommandMessages.ExportIntro + " " + CommandMessages.ExportSummary(checkIns),
            Attachments = [ToAttachment(export)],
        }, cancellationToken);
    }

    /// <summary>The export as a downloadable JSON attachment.</summary>
    public static Attachment ToAttachment(JsonObject export)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(export, IndentedJson);
        return new Attachment
        {
            ContentType = ContentTypes.Json,
            Name = ExportFileName,
            ContentUrl = "data:application/json;base64," + Convert.ToBase64String(bytes),
        };
    }

    /// <summary>Deletes the person's state and every registered store's data. Call last in the turn.</summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.ChannelId is { } channelId && activity.From?.Id is { } userId)
        {
            foreach (var store in stores)
            {
                await store.DeleteAsync(channelId, userId, cancellationToken);
            }

            eraser.RequestErasure();
        }

        profiles.UserState.Clear(turnContext);
        profiles.ConversationState.Clear(turnContext);
    }
}
