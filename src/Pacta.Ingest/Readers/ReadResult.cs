using Pacta.Core.Model;

namespace Pacta.Ingest.Readers;

/// <summary>
/// One input read, or the one-line reason it was not (the batch goes on either way). Skipped: nothing to ingest
/// by design (empty, no text, too large, binary). Failed: the input is broken or unreadable. A document read with
/// a repair (bad bytes replaced) carries a <see cref="Note"/>.
/// </summary>
public sealed record ReadResult(string Path, Document? Document, string? Error, bool IsSkipped = false, string? Note = null)
{
    public bool IsFailed => Document is null && !IsSkipped;

    public static ReadResult Ok(string path, Document document, string? note = null) => new(path, document, null, Note: note);

    public static ReadResult Failed(string path, string error) => new(path, null, error);

    public static ReadResult Skipped(string path, string reason) => new(path, null, reason, IsSkipped: true);
}
