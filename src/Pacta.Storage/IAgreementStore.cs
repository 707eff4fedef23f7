using Pacta.Core.Model;

namespace Pacta.Storage;

/// <summary>
/// The dataset: documents as ingested and the agreements built from their mentions, with the evidence for each.
/// Providers (SQLite now, PostgreSQL later) implement the same behaviour, pinned by the storage contract tests.
/// The store reads no clock: every time it records is passed in.
/// </summary>
public interface IAgreementStore : IAsyncDisposable
{
    /// <summary>Applies the schema migrations not yet applied; returns how many it applied (0 when up to date).</summary>
    Task<int> MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores one document and its mentions in one transaction. A document whose text (or id) is already stored
    /// changes nothing and is reported as a duplicate. Each mention is attached to the stored agreement that is the
    /// same instrument (same parties, status and kind, dates compatible at their precision or either unknown),
    /// or becomes a new agreement.
    /// </summary>
    Task<IngestOutcome> SaveAsync(ExtractionResult result, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Agreements matching <paramref name="query"/>, latest date first (undated last).</summary>
    Task<IReadOnlyList<StoredAgreement>> ListAgreementsAsync(AgreementQuery query, CancellationToken cancellationToken = default);

    Task<StoreCounts> CountsAsync(CancellationToken cancellationToken = default);
}
