using Pacta.Core.Model;

namespace Pacta.Ingest.Readers;

/// <summary>One input read, or the one-line reason it could not be (the batch goes on either way).</summary>
public sealed record ReadResult(string Path, Document? Document, string? Error)
{
    public static ReadResult Ok(string path, Document document) => new(path, document, null);

    public static ReadResult Failed(string path, string error) => new(path, null, error);
}
