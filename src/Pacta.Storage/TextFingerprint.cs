using Pacta.Core.Model;
using Pacta.Storage.Reports;

namespace Pacta.Storage;

/// <summary>What a store derives from a document's text before writing it: the content hash that makes two documents
/// the same and the MinHash signature that finds near-duplicates (null for a text without words). Neither needs the
/// database, so a batch computes them before it takes the writer's turn, over all cores.</summary>
internal sealed record TextFingerprint(string Hash, MinHashSignature? Signature)
{
    public static TextFingerprint Of(string text) => new(ContentHash.Of(text), MinHashSignature.Of(text));

    /// <summary>The fingerprints of <paramref name="results"/>' documents, in their order.</summary>
    public static TextFingerprint[] Of(IReadOnlyList<ExtractionResult> results) => results.Count == 1
        ? [Of(results[0].Document.Text)]
        : results.AsParallel().AsOrdered().Select(r => Of(r.Document.Text)).ToArray();
}
