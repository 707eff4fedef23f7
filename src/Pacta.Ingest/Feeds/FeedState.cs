namespace Pacta.Ingest.Feeds;

/// <summary>What <c>pacta watch</c> remembers of one feed: its validators for conditional requests and the keys
/// of the items already ingested (newest last, capped so the file stays small).</summary>
public sealed class FeedState
{
    /// <summary>Feeds list their latest items only; remembering far more than a feed ever lists is enough.</summary>
    public const int MaxSeen = 5000;

    public string? ETag { get; set; }

    public string? LastModified { get; set; }

    public List<string> Seen { get; set; } = [];

    public bool HasSeen(string key) => Seen.Contains(key, StringComparer.Ordinal);

    public void MarkSeen(IEnumerable<string> keys)
    {
        Seen.AddRange(keys.Where(k => !HasSeen(k)));
        if (Seen.Count > MaxSeen)
        {
            Seen.RemoveRange(0, Seen.Count - MaxSeen);
        }
    }
}
