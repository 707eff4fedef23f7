using Pacta.Core.Model;
using Pacta.Storage.Review;

namespace Pacta.Storage.Merging;

/// <summary>An agreement as the merger builds it from its mentions and the analysts' decisions.</summary>
/// <param name="Members">Each mention with the id its machine cluster has (before merges): kept with the mention, so
/// the cluster keeps that id when it is rebuilt.</param>
public sealed record MergedAgreement(
    Agreement Agreement,
    IReadOnlyList<StatusStep> Steps,
    ReviewState Review,
    bool Edited,
    IReadOnlyList<MergedMember> Members)
{
    public string Id => Agreement.Id;
}

/// <summary>A mention of a <see cref="MergedAgreement"/> and the id of the machine cluster it fell in.</summary>
public sealed record MergedMember(string MentionKey, string BaseId);
