namespace Pacta.Core.Model;

/// <summary>
/// A party to an agreement: an ISO 3166-1 alpha-3 state code (or an ISO 3166-3 code of a former state such as
/// <c>SUN</c>), or one of the organisation codes of GOLD-FORMAT.md.
/// </summary>
public readonly record struct PartyCode : IComparable<PartyCode>
{
    /// <summary>Intergovernmental organisations that can be parties, with the codes the gold format uses.</summary>
    public static readonly IReadOnlySet<string> Organizations = new HashSet<string>(StringComparer.Ordinal)
    {
        "NATO", "CSTO", "SCO", "EU", "GCC", "AU", "ASEAN", "UN", "OSCE", "CIS", "ECOWAS",
    };

    public PartyCode(string value)
    {
        if (!IsValid(value))
        {
            throw new ArgumentException($"'{value}' is neither an alpha-3 state code nor a known organisation code.", nameof(value));
        }

        Value = value;
    }

    public string Value { get; }

    public bool IsOrganization => Organizations.Contains(Value);

    public static bool IsValid(string? value) =>
        value is not null &&
        ((value.Length == 3 && value.All(char.IsAsciiLetterUpper)) || Organizations.Contains(value));

    public int CompareTo(PartyCode other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
