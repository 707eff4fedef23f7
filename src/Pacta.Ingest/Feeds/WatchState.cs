using System.Text.Json;

namespace Pacta.Ingest.Feeds;

/// <summary>The state of <c>pacta watch</c> across runs, one <see cref="FeedState"/> per feed, kept in a small
/// JSON file next to the feed list. Saved by writing a temporary file and renaming it, so a run killed while
/// saving leaves the previous state, never half a file.</summary>
public sealed class WatchState
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public Dictionary<string, FeedState> Feeds { get; set; } = new(StringComparer.Ordinal);

    public FeedState For(string feed)
    {
        if (!Feeds.TryGetValue(feed, out var state))
        {
            state = new FeedState();
            Feeds[feed] = state;
        }

        return state;
    }

    /// <summary>The saved state, or an empty one when the file does not exist yet.</summary>
    public static WatchState Load(string path)
    {
        if (!File.Exists(path))
        {
            return new WatchState();
        }

        var loaded = JsonSerializer.Deserialize<WatchState>(File.ReadAllBytes(path), Json) ?? new WatchState();
        loaded.Feeds = new Dictionary<string, FeedState>(loaded.Feeds, StringComparer.Ordinal);
        return loaded;
    }

    public void Save(string path)
    {
        var temporary = $"{path}.tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(this, Json));
        File.Move(temporary, path, overwrite: true);
    }
}
