namespace Pacta.Core.Model;

/// <summary>The words of GOLD-FORMAT.md for statuses, kinds and domains, both ways.</summary>
public static class Vocabulary
{
    public static string ToGold(this AgreementStatus status) => status switch
    {
        AgreementStatus.Planned => "planned",
        AgreementStatus.Signed => "signed",
        AgreementStatus.Ratified => "ratified",
        AgreementStatus.InForce => "in_force",
        AgreementStatus.Terminated => "terminated",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string ToGold(this AgreementKind kind) => kind.ToString().ToLowerInvariant();

    public static string ToGold(this AgreementDomain domain) => domain.ToString().ToLowerInvariant();

    public static bool TryParseStatus(string? text, out AgreementStatus status)
    {
        foreach (var candidate in Enum.GetValues<AgreementStatus>())
        {
            if (candidate.ToGold() == text)
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }

    public static bool TryParseKind(string? text, out AgreementKind kind) => TryParseGold(text, out kind);

    public static bool TryParseDomain(string? text, out AgreementDomain domain) => TryParseGold(text, out domain);

    private static bool TryParseGold<T>(string? text, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (candidate.ToString().Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
