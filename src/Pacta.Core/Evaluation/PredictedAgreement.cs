namespace Pacta.Core.Evaluation;

/// <summary>An extracted agreement as the scorer sees it (the fields of a jsonl line).</summary>
public sealed record PredictedAgreement(IReadOnlyList<string> Parties, string? Status, string? Date, string? Place, IReadOnlyList<string>? Signatories = null)
{
    public string Key => string.Join('-', Parties.Order(StringComparer.Ordinal)) + "|" + Status;
}
