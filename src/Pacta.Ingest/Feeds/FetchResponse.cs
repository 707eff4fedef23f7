namespace Pacta.Ingest.Feeds;

/// <summary>What one polite GET gave: a body with its validators, "not modified", or the reason it failed.</summary>
public sealed record FetchResponse(byte[]? Body, string? ContentType, string? ETag, string? LastModified, bool NotModified, string? Error)
{
    public static FetchResponse Unchanged { get; } = new(null, null, null, null, true, null);

    public static FetchResponse Failed(string error) => new(null, null, null, null, false, error);
}
