using System.Text.Json.Nodes;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Cards;

/// <summary>
/// The Universal Actions contract (Adaptive Cards 1.4+): an <c>Action.Execute</c> arrives as an <c>invoke</c> named
/// <c>adaptiveCard/action</c> whose value is <c>{action:{type:"Action.Execute",verb,data}}</c>, and is answered
/// with <c>{statusCode, type, value}</c>: a card that replaces the pressed one, a message, or an error.
/// </summary>
public static class UniversalActions
{
    public const string InvokeName = "adaptiveCard/action";
    public const string ExecuteType = "Action.Execute";

    /// <summary>The one verb TrustBot's question cards use: the data answers the prompt named in it.</summary>
    public const string AnswerVerb = "answer";

    public const string CardResponseType = ContentTypes.AdaptiveCard;
    public const string MessageResponseType = "application/vnd.microsoft.activity.message";
    public const string ErrorResponseType = "application/vnd.microsoft.error";

    /// <summary>The pressed card is replaced by <paramref name="card"/>.</summary>
    public static InvokeResponse CardResponse(JsonObject card) => new(200, new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = CardResponseType,
        ["value"] = card,
    });

    /// <summary>Teams shows <paramref name="text"/> briefly; the card stays as it was.</summary>
    public static InvokeResponse MessageResponse(string text) => new(200, new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = MessageResponseType,
        ["value"] = text,
    });

    /// <summary>A 4xx error, carried in the HTTP status as the Bot Framework SDK does and in the body's statusCode.</summary>
    public static InvokeResponse ErrorResponse(int status, string code, string message) => new(status, new JsonObject
    {
        ["statusCode"] = status,
        ["type"] = ErrorResponseType,
        ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
    });

    /// <summary>
    /// The submit data of a well-formed <c>Action.Execute</c> with a known verb, or the error response to send.
    /// The data is what an <c>Action.Submit</c> of the same card would put in the message's value.
    /// </summary>
    public static (JsonObject? Data, InvokeResponse? Error) Read(Activity invoke)
    {
        if (invoke.Value is not JsonObject value || value["action"] is not JsonObject action)
        {
            return (null, ErrorResponse(400, "BadRequest", "The invoke value has no action."));
        }

        if (action["type"] is not JsonValue type || !type.TryGetValue<string>(out var typeName) || typeName != ExecuteType)
        {
            return (null, ErrorResponse(400, "NotSupported", "Only Action.Execute is supported."));
        }

        if (action["verb"] is not JsonValue verb || !verb.TryGetValue<string>(out var verbName) || verbName != AnswerVerb)
        {
            return (null, ErrorResponse(400, "NotSupported", "The action's verb is not one this bot knows."));
        }

        return action["data"] switch
        {
            JsonObject data => ((JsonObject)data.DeepClone(), null),
            null => (new JsonObject(), null),
            _ => (null, ErrorResponse(400, "BadRequest", "The action's data must be an object.")),
        };
    }
}
