using Pacta.Core.Model;
using Pacta.Storage.Merging;
using Xunit;

namespace Pacta.Storage.Tests.Merging;

/// <summary>The merge rules alone, without a database.</summary>
public sealed partial class AgreementMergerTests
{
    private static MentionRecord Record(string document, string? date, AgreementStatus status = AgreementStatus.Signed, AgreementKind kind = AgreementKind.Agreement, string? previous = null)
    {
        var span = new TextSpan(0, 5);
        var mention = new AgreementMention(
            document,
            [new PartyCode("KAZ"), new PartyCode("QAT")],
            date is null ? null : PartialDate.Parse(date),
            status,
            kind,
            AgreementDomain.Defense,
            null,
            [],
            0.8,
            [new Evidence(document, span, "quote")],
            []);
        return new MentionRecord(MentionKeys.For([mention])[0], previous, mention);
    }

    [Fact]
    public void Merge_EveryPermutation_GivesTheSameAgreements()
    {
        MentionRecord[] records =
        [
            Record("a", "2023-12"), Record("b", "2023-12-12"), Record("c", "2023-12-15"), Record("d", null),
            Record("e", "2024-03", AgreementStatus.Ratified), Record("f", "2023", AgreementStatus.Planned),
        ];
        var results = new HashSet<string>(StringComparer.Ordinal);
        foreach (var order in Permutations(records))
        {
            var merged = AgreementMerger.Merge(order, [], new HashSet<string>());
            results.Add(string.Join("\n", merged.Select(m => $"{m.Id}:{string.Join(",", m.Members.Select(x => x.MentionKey))}:{string.Join(",", m.Steps.Select(s => $"{s.Status}@{s.Date}"))}")));
        }

        var only = Assert.Single(results);
        Assert.Contains("KAZ-QAT-2023-12-12-agreement:", only, StringComparison.Ordinal);
        Assert.Contains("KAZ-QAT-2023-12-15-agreement:", only, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_PreviousIds_AreKeptEvenWhenTheDateBecomesMorePrecise()
    {
        var merged = AgreementMerger.Merge([Record("a", "2023-12", previous: "KAZ-QAT-2023-12-agreement"), Record("b", "2023-12-12")], [], new HashSet<string> { "KAZ-QAT-2023-12-agreement" });

        var only = Assert.Single(merged);
        Assert.Equal("KAZ-QAT-2023-12-agreement", only.Id);
        Assert.Equal(PartialDate.OfDay(2023, 12, 12), only.Agreement.Date);
    }

    [Fact]
    public void Merge_NewAgreement_NeverTakesAnIdInUse()
    {
        var merged = AgreementMerger.Merge([Record("a", "2023-12-12")], [], new HashSet<string> { "KAZ-QAT-2023-12-12-agreement", "KAZ-QAT-2023-12-12-agreement-2" });

        Assert.Equal("KAZ-QAT-2023-12-12-agreement-3", Assert.Single(merged).Id);
    }

    private static IEnumerable<MentionRecord[]> Permutations(MentionRecord[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }

        for (var i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, j) => j != i).ToArray();
            foreach (var tail in Permutations(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }
}
