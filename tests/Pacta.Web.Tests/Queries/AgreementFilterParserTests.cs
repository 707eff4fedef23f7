using Pacta.Core.Model;
using Pacta.Storage;
using Pacta.Web.Queries;
using Xunit;

namespace Pacta.Web.Tests.Queries;

public sealed class AgreementFilterParserTests
{
    [Fact]
    public void Parse_EveryFilter_GoesIntoTheStoreQueryWithThePage()
    {
        var filter = AgreementFilterParser.Parse(
            new AgreementListRequest
            {
                Country = "kaz", Partner = "QAT", Status = "Signed", Kind = "memorandum", Domain = "defense",
                Since = "2023", Until = "2024-02", Q = " Doha ", Sort = "-confidence", Page = "3", PageSize = "20",
            },
            out var errors);

        Assert.Empty(errors);
        var query = Assert.IsType<AgreementFilter>(filter).Query;
        Assert.Equal(new PartyCode("KAZ"), query.Country);
        Assert.Equal(new PartyCode("QAT"), query.Partner);
        Assert.Equal(AgreementStatus.Signed, query.Status);
        Assert.Equal(AgreementKind.Memorandum, query.Kind);
        Assert.Equal(AgreementDomain.Defense, query.Domain);
        Assert.Equal(new DateOnly(2023, 1, 1), query.Since);
        Assert.Equal(new DateOnly(2024, 2, 29), query.Until);
        Assert.Equal("Doha", query.Text);
        Assert.Equal(new AgreementOrder(AgreementSortKey.Confidence, Descending: true), query.Order);
        Assert.Equal((20, 40), (query.Limit, query.Offset));
        Assert.Equal(40 + AgreementQuery.CountLookahead, filter.CountAtMost);
    }

    [Fact]
    public void Parse_ExactTotal_CountsEverything()
    {
        var filter = AgreementFilterParser.Parse(new AgreementListRequest { ExactTotal = "true" }, out _);

        Assert.Null(filter?.CountAtMost);
    }

    [Theory]
    [InlineData("sort", "weight")]
    [InlineData("exactTotal", "yes")]
    [InlineData("pageSize", "201")]
    public void Parse_BadValue_IsNamedInTheErrors(string name, string value)
    {
        var request = name switch
        {
            "sort" => new AgreementListRequest { Sort = value },
            "exactTotal" => new AgreementListRequest { ExactTotal = value },
            _ => new AgreementListRequest { PageSize = value },
        };

        Assert.Null(AgreementFilterParser.Parse(request, out var errors));
        Assert.Contains(name, errors.Keys);
    }
}
