using Pacta.Core.Model;
using Pacta.Storage.Reports;

namespace Pacta.Storage;

/// <summary>What a store derives from a document's text before writing it: the content hash that makes two documents
/// the same and the MinHash signature that finds near-duplicates (null for a text without words). Neither needs the
/// database, so a batch computes them before it waits for the writer's turn.</summary>
internal sealed record TextFingerprint(string Hash, MinHashSignature? Signature)
{
    public static TextFingerprint Of(string text) => new(ContentHash.Of(text), MinHashSignature.Of(text));

    /// <summary>The fingerprints of <paramref name="results"/>' documents, in their order. One thread: the callers
    /// (ingest, bench) already keep every core busy extracting, and a parallel query here, blocking a pool thread
    /// that waits for pool threads, stalled the writer on a busy machine.</summary>
    public static TextFingerprint[] Of(IReadOnlyList<ExtractionResult> results) => results.Select(r => Of(r.Document.Text)).ToArray();
}
