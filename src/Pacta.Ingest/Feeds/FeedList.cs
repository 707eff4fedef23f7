namespace Pacta.Ingest.Feeds;

/// <summary>The feeds file of <c>pacta watch</c>: one feed URL (or local feed file) per line; blank lines and lines
/// starting with <c>#</c> are ignored.</summary>
public static class FeedList
{
    public static IReadOnlyList<string> Parse(string content) =>
        content.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
