namespace TrustBot.Dialogs.Protocol;

/// <summary>The Bot Framework error body: <c>{"error":{"code","message"}}</c>.</summary>
public sealed record ErrorResponse(ErrorDetail Error)
{
    public static ErrorResponse Create(string code, string message) => new(new ErrorDetail(code, message));
}
