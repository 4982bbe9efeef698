namespace TrustBot.DirectLine;

/// <summary>Why a token was or was not accepted.</summary>
public enum TokenValidationStatus
{
    Valid,
    Malformed,
    BadSignature,
    Expired,
}
