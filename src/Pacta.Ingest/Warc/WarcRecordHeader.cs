namespace Pacta.Ingest.Warc;

/// <summary>The named fields of one WARC record header (names compared without case).</summary>
internal sealed class WarcRecordHeader(Dictionary<string, string> fields, long offset)
{
    public long Offset { get; } = offset;

    public string? Type => Field("WARC-Type");

    public string? TargetUri => Field("WARC-Target-URI");

    public string? ContentType => Field("Content-Type");

    public string? Date => Field("WARC-Date");

    public long? ContentLength => long.TryParse(Field("Content-Length"), out var length) && length >= 0 ? length : null;

    public string? Field(string name) => fields.TryGetValue(name, out var value) ? value : null;
}
