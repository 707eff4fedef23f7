using Pacta.Core.Model;
using Pacta.Storage.Merging;
using Xunit;

namespace Pacta.Storage.Tests.Merging;

/// <summary>Rows of a hand-coded dataset (DCAD) under the merge rules: each row is its own instrument, and a news
/// report joins a row of the same dyad when the dates agree at the coarser precision.</summary>
public sealed partial class AgreementMergerTests
{
    private static readonly string RowA = DatasetDocument.IdFor("dcad-1");
    private static readonly string RowB = DatasetDocument.IdFor("dcad-2");

    [Fact]
    public void Merge_TwoDatasetRowsOfOneYear_StayTwoAgreements()
    {
        var merged = AgreementMerger.Merge([Record(RowA, "1996"), Record(RowB, "1996")], [], new HashSet<string>());

        Assert.Equal(2, merged.Count);
    }

    [Fact]
    public void Merge_NewsOfTheMonthAndTwoRowsOfTheYear_JoinsOneRowOnly()
    {
        var merged = AgreementMerger.Merge([Record(RowA, "1994"), Record(RowB, "1994"), Record("news", "1994-02")], [], new HashSet<string>());

        Assert.Equal(2, merged.Count);
        var joined = Assert.Single(merged, m => m.Members.Count == 2);
        Assert.Contains(joined.Agreement.Evidence, e => e.DocumentId == "news");
    }

    [Fact]
    public void Merge_NewsOfAnotherYear_StaysApartFromTheRow()
    {
        var merged = AgreementMerger.Merge([Record(RowA, "1994-02-14"), Record("news", "2015-03-10")], [], new HashSet<string>());

        Assert.Equal(2, merged.Count);
    }

    [Fact]
    public void Merge_RowWithItsLaterSteps_IsOneAgreementWithThatHistory()
    {
        var merged = AgreementMerger.Merge(
            [
                Record(RowA, "1994-02-14"),
                Record(RowA, "1994-05-01", AgreementStatus.InForce) with { Key = "m-in-force" },
                Record(RowA, "2004", AgreementStatus.Terminated) with { Key = "m-terminated" },
                Record("news", "1994-02"),
            ],
            [],
            new HashSet<string>());

        var only = Assert.Single(merged);
        Assert.Equal(AgreementStatus.Terminated, only.Agreement.Status);
        Assert.Equal(PartialDate.OfDay(1994, 2, 14), only.Agreement.Date);
    }

    [Theory]
    [InlineData(AgreementKind.Memorandum, 1)]
    [InlineData(AgreementKind.Treaty, 1)]
    [InlineData(AgreementKind.Plan, 2)]
    [InlineData(AgreementKind.Contract, 2)]
    public void Merge_NewsOfAnotherForm_JoinsTheRowOnlyWhenItIsAWrittenInstrument(AgreementKind newsKind, int agreements)
    {
        var merged = AgreementMerger.Merge([Record(RowA, "1994"), Record("news", "1994-02-14", kind: newsKind)], [], new HashSet<string>());

        Assert.Equal(agreements, merged.Count);
        Assert.Contains(merged, m => m.Agreement.Kind == newsKind);
    }
}
