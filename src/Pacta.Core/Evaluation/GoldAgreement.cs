namespace Pacta.Core.Evaluation;

/// <summary>One agreement of a gold document, as GOLD-FORMAT.md writes it.</summary>
public sealed record GoldAgreement(IReadOnlyList<string> Parties, string? Status, string? Date, string? Place, IReadOnlyList<string> Signatories)
{
    public string Key => string.Join('-', Parties.Order(StringComparer.Ordinal)) + "|" + Status;
}
