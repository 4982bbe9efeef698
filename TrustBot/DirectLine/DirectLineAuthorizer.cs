using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace TrustBot.DirectLine;

/// <summary>Reads <c>Authorization: Bearer</c> (or the stream's <c>t</c> query value) and decides who is calling.</summary>
public sealed class DirectLineAuthorizer
{
    private readonly DirectLineTokenService _tokens;
    private readonly byte[]? _secret;

    public DirectLineAuthorizer(DirectLineTokenService tokens, IOptions<DirectLineOptions> options)
    {
        _tokens = tokens;
        _secret = string.IsNullOrEmpty(options.Value.Secret) ? null : Encoding.UTF8.GetBytes(options.Value.Secret);
    }

    public static string? BearerValue(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
    }

    /// <summary>The caller, or the error to answer with.</summary>
    /// <summary>The caller of a request on one conversation: 401 without a valid credential, 403 for another conversation's token.</summary>
    public (DirectLineCaller? Caller, IResult? Error) AuthorizeConversation(HttpRequest request, string conversationId)
    {
        var (caller, error) = Authorize(BearerValue(request));
        if (caller is null)
        {
            return (null, error);
        }

        return caller.MayAccess(conversationId) ? (caller, null) : (null, DirectLineErrors.WrongConversation());
    }

    public (DirectLineCaller? Caller, IResult? Error) Authorize(string? credential, bool allowSecret = true)
    {
        if (string.IsNullOrEmpty(credential))
        {
            return (null, DirectLineErrors.MissingToken());
        }

        if (allowSecret && IsSecret(credential))
        {
            return (new DirectLineCaller(null, IsSecret: true), null);
        }

        return _tokens.Validate(credential, out var claims) switch
        {
            TokenValidationStatus.Valid => (new DirectLineCaller(claims, IsSecret: false), null),
            TokenValidationStatus.Expired => (null, DirectLineErrors.Expired()),
            _ => (null, DirectLineErrors.InvalidToken()),
        };
    }

    public bool IsSecret(string credential) =>
        _secret is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credential), _secret);
}
