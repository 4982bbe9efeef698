using Microsoft.IdentityModel.Tokens;

namespace TrustBot.Messaging.Authentication;

/// <summary>A key from an OpenID JWKS document with the Bot Framework <c>endorsements</c> (channel ids) it carries.</summary>
public sealed record SigningKey(JsonWebKey Key, IReadOnlyList<string> Endorsements);
