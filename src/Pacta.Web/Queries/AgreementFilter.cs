using Pacta.Storage;

namespace Pacta.Web.Queries;

/// <summary>A checked listing request: the store query of one page (every filter, the order, the limit and offset
/// of page <see cref="Page"/>), answered by the database, and where counting the matches may stop (null: count all).</summary>
public sealed record AgreementFilter(AgreementQuery Query, int Page, int PageSize, int? CountAtMost)
{
    /// <summary>The same filters without the page, for counting the matches.</summary>
    public AgreementQuery Unpaged => Query with { Limit = null, Offset = null };
}
