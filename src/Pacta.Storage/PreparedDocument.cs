using Pacta.Core.Model;

namespace Pacta.Storage;

/// <summary>
/// An extraction result with what saving derives from its text before it can be written: the content hash that
/// makes two documents the same and the MinHash signature that finds near-duplicates. A store computes them for a
/// plain result itself; preparing them where the documents are extracted, on every core, takes that work off the
/// single writer of a SQLite file, where it was a fifth of the time each document held it.
/// </summary>
public sealed class PreparedDocument
{
    private PreparedDocument(ExtractionResult result, TextFingerprint fingerprint)
    {
        Result = result;
        Fingerprint = fingerprint;
    }

    public ExtractionResult Result { get; }

    internal TextFingerprint Fingerprint { get; }

    public static PreparedDocument Of(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new PreparedDocument(result, TextFingerprint.Of(result.Document.Text));
    }

    internal static IReadOnlyList<PreparedDocument> Of(IReadOnlyList<ExtractionResult> results) => results.Select(Of).ToList();
}
