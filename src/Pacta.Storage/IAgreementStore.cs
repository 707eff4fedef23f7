using Pacta.Core.Model;
using Pacta.Storage.Review;

namespace Pacta.Storage;

/// <summary>
/// The dataset: documents as ingested, every agreement mention the extractor found in them, the agreements merged
/// from those mentions (with status history and evidence) and the analysts' decisions on them. Providers (SQLite
/// now, PostgreSQL later) implement the same behaviour, pinned by the storage contract tests; the merge rules
/// themselves are provider-neutral (<see cref="Merging.AgreementMerger"/>). The store reads no clock: every time it
/// records is passed in.
/// </summary>
public interface IAgreementStore : IAsyncDisposable
{
    /// <summary>Applies the schema migrations not yet applied; returns how many it applied (0 when up to date).</summary>
    Task<int> MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores one document and its mentions in one transaction, and rebuilds the agreements of each party set they
    /// name. A document whose text (or id) is already stored changes nothing and is reported as a duplicate. A
    /// near-duplicate of a stored document is stored and joins its report.
    /// </summary>
    Task<IngestOutcome> SaveAsync(ExtractionResult result, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves documents in order, as <see cref="SaveAsync"/> would one after the other, and returns one outcome per
    /// document in the same order: the stored agreements, their ids and the outcomes are exactly those of saving them
    /// one by one (a document may be a duplicate of one earlier in the batch). A provider may write the batch in one
    /// transaction, so a failure can leave none of it stored; an outcome is only returned once it is stored.
    /// </summary>
    Task<IReadOnlyList<IngestOutcome>> SaveManyAsync(IReadOnlyList<ExtractionResult> results, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary><see cref="SaveManyAsync(IReadOnlyList{ExtractionResult}, DateTimeOffset, CancellationToken)"/> for
    /// documents whose hashes and signatures are already computed (<see cref="PreparedDocument"/>).</summary>
    Task<IReadOnlyList<IngestOutcome>> SaveManyAsync(IReadOnlyList<PreparedDocument> documents, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Replaces the mentions of a stored document by a new extraction of it (same document id) and rebuilds
    /// the agreements of the party sets before and after; analysts' decisions are re-applied. False when no such
    /// document is stored.</summary>
    Task<bool> ReplaceMentionsAsync(ExtractionResult result, CancellationToken cancellationToken = default);

    /// <summary>Ids of all stored documents, in id order.</summary>
    Task<IReadOnlyList<string>> ListDocumentIdsAsync(CancellationToken cancellationToken = default);

    /// <summary>A stored document with its text and metadata, as it was saved; null when unknown.</summary>
    Task<Document?> GetDocumentAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The agreements matching <paramref name="query"/>, in its order (default: latest date first, undated
    /// last; lowest confidence first for <see cref="AgreementQuery.ForReview"/>), one page when it has a limit.</summary>
    Task<IReadOnlyList<StoredAgreement>> ListAgreementsAsync(AgreementQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many agreements <paramref name="query"/> matches, its page (limit and offset) aside; with
    /// <paramref name="atMost"/>, counting stops there (a listing's "1,000 or more" costs 1,000 rows, not all).</summary>
    Task<int> CountAgreementsAsync(AgreementQuery query, int? atMost = null, CancellationToken cancellationToken = default);

    /// <summary>One agreement, rejected or not; null when no agreement has that id.</summary>
    Task<StoredAgreement?> GetAgreementAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Checks and records an analyst's decision, then rebuilds the agreements of its party set.</summary>
    Task<ReviewOutcome> ReviewAsync(ReviewDecision decision, CancellationToken cancellationToken = default);

    Task<StoreCounts> CountsAsync(CancellationToken cancellationToken = default);
}
