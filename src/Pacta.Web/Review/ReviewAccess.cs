using System.Security.Cryptography;
using System.Text;

namespace Pacta.Web.Review;

/// <summary>
/// Who may record review decisions: a client that sends <c>Authorization: Bearer TOKEN</c> with the token the server
/// was started with. Without a configured token, review is off for everyone.
/// </summary>
public sealed class ReviewAccess(string? token)
{
    private readonly byte[]? _token = string.IsNullOrEmpty(token) ? null : Encoding.UTF8.GetBytes(token);

    public bool IsEnabled => _token is not null;

    public bool Allows(string? authorizationHeader)
    {
        const string scheme = "Bearer ";
        if (_token is null || authorizationHeader is null || !authorizationHeader.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Constant time, so the response time does not tell how much of a guess was right.
        var offered = Encoding.UTF8.GetBytes(authorizationHeader[scheme.Length..].Trim());
        return CryptographicOperations.FixedTimeEquals(offered, _token);
    }
}
