using TrustBot.Dialogs.Protocol;

namespace TrustBot.DirectLine;

/// <summary>Direct Line error answers: <c>{"error":{"code","message"}}</c> with the status Azure uses.</summary>
public static class DirectLineErrors
{
    public static IResult Create(int status, string code, string message) =>
        Results.Json(ErrorResponse.Create(code, message), ProtocolJson.Options, statusCode: status);

    public static IResult MissingToken() => Create(StatusCodes.Status401Unauthorized, "Unauthorized", "A Bearer token is required.");

    public static IResult InvalidToken() => Create(StatusCodes.Status401Unauthorized, "TokenInvalid", "The token is not valid.");

    public static IResult Expired() => Create(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired.");

    public static IResult WrongConversation() => Create(StatusCodes.Status403Forbidden, "Forbidden", "The token is not valid for this conversation.");

    public static IResult NotFound() => Create(StatusCodes.Status404NotFound, "ConversationNotFound", "The conversation does not exist.");

    public static IResult BadArgument(string message) => Create(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult UnsupportedMediaType() => Create(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "The body must be application/json.");

    public static IResult TooBig() => Create(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The activity is too large.");
}
