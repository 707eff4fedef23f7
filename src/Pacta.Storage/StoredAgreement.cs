using Pacta.Core.Model;

namespace Pacta.Storage;

/// <summary>An agreement as the store keeps it: its fields and evidence, the documents that report it, and when
/// it was first and last seen.</summary>
public sealed record StoredAgreement(
    Agreement Agreement,
    IReadOnlyList<string> Documents,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen)
{
    public string Id => Agreement.Id;

    /// <summary>How many documents report the agreement.</summary>
    public int Sources => Documents.Count;

    /// <summary>The sorted party codes joined by '-'.</summary>
    public string PartyKey => string.Join('-', Agreement.Parties.Select(p => p.Value).Order(StringComparer.Ordinal));
}
