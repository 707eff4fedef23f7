namespace Pacta.Core.Evaluation;

/// <summary>An extracted agreement as the scorer sees it (the fields of a jsonl line).</summary>
public sealed record PredictedAgreement(IReadOnlyList<string> Parties, string? Status, string? Date, string? Place)
{
    public string Key => string.Join('-', Parties.Order(StringComparer.Ordinal)) + "|" + Status;
}
