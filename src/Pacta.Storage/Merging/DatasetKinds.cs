using Pacta.Core.Model;

namespace Pacta.Storage.Merging;

/// <summary>
/// Kinds when dataset rows meet the news. DCAD says what an agreement covers, never its form, so its rows are all
/// <see cref="AgreementKind.Agreement"/>: that stands for any written instrument (agreement, memorandum, protocol,
/// treaty), though not for a plan or a contract, which DCAD does not code. A news report gives the form.
/// </summary>
internal static class DatasetKinds
{
    private static readonly HashSet<AgreementKind> Instruments =
        [AgreementKind.Agreement, AgreementKind.Memorandum, AgreementKind.Protocol, AgreementKind.Treaty];

    /// <summary>True when <paramref name="record"/> can be one more report of a cluster of kind
    /// <paramref name="clusterKind"/> with these <paramref name="members"/>.</summary>
    public static bool Fit(MentionRecord record, AgreementKind clusterKind, IReadOnlyList<MentionRecord> members)
    {
        var kind = record.Mention.Kind;
        if (kind == clusterKind)
        {
            return true;
        }

        var onlyRows = members.All(m => DatasetDocument.IsDatasetRow(m.DocumentId));
        return DatasetDocument.IsDatasetRow(record.DocumentId)
            ? kind == AgreementKind.Agreement && Instruments.Contains(clusterKind)
            : onlyRows && clusterKind == AgreementKind.Agreement && Instruments.Contains(kind);
    }

    /// <summary>The mentions whose kind is a form: the news reports when there are any, else all (dataset rows alone).</summary>
    public static IReadOnlyList<AgreementMention> FormReports(IReadOnlyList<AgreementMention> mentions)
    {
        var news = mentions.Where(m => !DatasetDocument.IsDatasetRow(m.DocumentId)).ToList();
        return news.Count > 0 ? news : mentions;
    }
}
