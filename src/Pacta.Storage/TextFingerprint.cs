using Pacta.Storage.Reports;

namespace Pacta.Storage;

/// <summary>What a store derives from a document's text before writing it: the content hash that makes two documents
/// the same and the MinHash signature that finds near-duplicates (null for a text without words). Neither needs the
/// database (see <see cref="PreparedDocument"/>).</summary>
internal sealed record TextFingerprint(string Hash, MinHashSignature? Signature)
{
    public static TextFingerprint Of(string text) => new(ContentHash.Of(text), MinHashSignature.Of(text));
}
