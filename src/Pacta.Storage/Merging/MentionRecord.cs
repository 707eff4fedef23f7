using Pacta.Core.Model;

namespace Pacta.Storage.Merging;

/// <summary>A stored mention as the merger sees it: its stable key, the agreement id its cluster had before
/// decisions were applied last time (null for a new mention), and what the document said.</summary>
public sealed record MentionRecord(string Key, string? PreviousBaseId, AgreementMention Mention)
{
    public string DocumentId => Mention.DocumentId;
}
