namespace Pacta.Core.Model;

/// <summary>The words of GOLD-FORMAT.md for statuses, kinds and domains, both ways.</summary>
/// <remarks>Both directions are tables built once: every stored agreement read back is parsed through here, and
/// walking the enum's values (a new array each time) per column and row was a visible share of a listing.</remarks>
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

    public static string ToGold(this AgreementKind kind) => GoldWords<AgreementKind>.Names[kind];

    public static string ToGold(this AgreementDomain domain) => GoldWords<AgreementDomain>.Names[domain];

    public static bool TryParseStatus(string? text, out AgreementStatus status) => Statuses.TryGetValue(text ?? "", out status);

    public static bool TryParseKind(string? text, out AgreementKind kind) => GoldWords<AgreementKind>.Values.TryGetValue(text ?? "", out kind);

    public static bool TryParseDomain(string? text, out AgreementDomain domain) => GoldWords<AgreementDomain>.Values.TryGetValue(text ?? "", out domain);

    /// <summary>Statuses by their exact gold word ("in_force"; case matters, as it always did).</summary>
    private static readonly Dictionary<string, AgreementStatus> Statuses =
        Enum.GetValues<AgreementStatus>().ToDictionary(s => s.ToGold(), StringComparer.Ordinal);

    /// <summary>An enum's gold words: its member names in lower case, read in any case.</summary>
    private static class GoldWords<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<T, string> Names = Enum.GetValues<T>().ToDictionary(v => v, v => v.ToString().ToLowerInvariant());

        public static readonly Dictionary<string, T> Values = Enum.GetValues<T>().ToDictionary(v => v.ToString(), StringComparer.OrdinalIgnoreCase);
    }
}
