using Pacta.Ingest.Readers;

namespace Pacta.Ingest.Feeds;

/// <summary>One look at one feed: what its new items gave, and what to remember once those are stored (items
/// that failed are not remembered, so the next poll tries them again).</summary>
public sealed record FeedPoll(string Feed, IReadOnlyList<ReadResult> Results, IReadOnlyList<string> DoneKeys, string? ETag, string? LastModified, bool KeepValidators)
{
    /// <summary>Records the poll in <paramref name="state"/>; call after its documents are stored.</summary>
    public void Commit(FeedState state)
    {
        if (!KeepValidators)
        {
            state.ETag = ETag;
            state.LastModified = LastModified;
        }

        state.MarkSeen(DoneKeys);
    }
}
