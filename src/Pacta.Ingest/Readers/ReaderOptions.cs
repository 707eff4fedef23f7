namespace Pacta.Ingest.Readers;

/// <summary>Limits that keep memory bounded whatever the input.</summary>
public sealed record ReaderOptions
{
    public const long DefaultMaxDocumentBytes = 16L * 1024 * 1024;

    /// <summary>A single article (a text, HTML or JSON file, a JSONL line, a WARC record) larger than this is
    /// skipped with a reason: news articles are kilobytes, so anything this big is a dump or a mistake, and
    /// reading it whole would cost memory. Streamed files (JSONL, WARC) have no total limit.</summary>
    public long MaxDocumentBytes { get; init; } = DefaultMaxDocumentBytes;

    public static ReaderOptions Default { get; } = new();
}
