using System.Text.Json.Serialization;
using Pacta.Core.Analytics;
using Pacta.Core.Model;

namespace Pacta.Export;

/// <summary>
/// One row of the dyadic exports (CSV, Parquet): one agreement-dyad, in a layout close to DCAD's (country1, country2,
/// signYear, signMonth, signDay, EIF date), so the two can be stacked. A bilateral agreement is one row; an
/// agreement of k parties is k(k−1)/2 rows sharing <see cref="AgreementId"/>, with <see cref="PartyCount"/> = k so a
/// reader can keep or drop them. Dates of later steps are "YYYY[-MM[-DD]]" or null when not known. Column names
/// (DCAD's camelCase) are the <see cref="JsonPropertyNameAttribute"/>s, which Parquet.Net reads. Settable and without
/// required members because Parquet.Net reads rows back into a new() instance.
/// </summary>
public sealed record DyadRow
{
    [JsonPropertyName("agreementId")]
    public string AgreementId { get; init; } = "";

    [JsonPropertyName("party1")]
    public string Party1 { get; init; } = "";

    [JsonPropertyName("party2")]
    public string Party2 { get; init; } = "";

    [JsonPropertyName("partyCount")]
    public int PartyCount { get; init; }

    [JsonPropertyName("signYear")]
    public int? SignYear { get; init; }

    [JsonPropertyName("signMonth")]
    public int? SignMonth { get; init; }

    [JsonPropertyName("signDay")]
    public int? SignDay { get; init; }

    [JsonPropertyName("status")]
    public string Status { get; init; } = "";

    [JsonPropertyName("ratifiedDate")]
    public string? RatifiedDate { get; init; }

    [JsonPropertyName("inForceDate")]
    public string? InForceDate { get; init; }

    [JsonPropertyName("terminatedDate")]
    public string? TerminatedDate { get; init; }

    [JsonPropertyName("kind")]
    public string Kind { get; init; } = "";

    [JsonPropertyName("domain")]
    public string Domain { get; init; } = "";

    [JsonPropertyName("sourceCount")]
    public int SourceCount { get; init; }

    [JsonPropertyName("origin")]
    public string Origin { get; init; } = "";

    /// <summary>The rows of the facts, in the facts' order and then dyad order.</summary>
    public static IEnumerable<DyadRow> From(IEnumerable<PartnershipFact> facts)
    {
        foreach (var fact in facts)
        {
            var dyads = Dyad.AllOf(fact.Parties);
            var partyCount = fact.Parties.Distinct().Count();
            foreach (var dyad in dyads)
            {
                yield return new DyadRow
                {
                    AgreementId = fact.Id,
                    Party1 = dyad.First.Value,
                    Party2 = dyad.Second.Value,
                    PartyCount = partyCount,
                    SignYear = fact.Date?.Year,
                    SignMonth = fact.Date is { Month: > 0 } month ? month.Month : null,
                    SignDay = fact.Date is { Day: > 0 } day ? day.Day : null,
                    Status = fact.Status.ToGold(),
                    RatifiedDate = fact.DateOf(AgreementStatus.Ratified)?.ToString(),
                    InForceDate = fact.DateOf(AgreementStatus.InForce)?.ToString(),
                    TerminatedDate = fact.DateOf(AgreementStatus.Terminated)?.ToString(),
                    Kind = fact.Kind.ToGold(),
                    Domain = fact.Domain.ToGold(),
                    SourceCount = fact.SourceCount,
                    Origin = OriginNames.Of(fact.Origin),
                };
            }
        }
    }
}
