namespace Pacta.Web.Contracts;

/// <summary>One page of a filtered listing and how many agreements match: exactly when <see cref="TotalExact"/>, else
/// at least <see cref="Total"/> (the count stops 1,000 agreements past the page's first; ask exactTotal=true for all).</summary>
public sealed record AgreementPage(int Total, bool TotalExact, int Page, int PageSize, IReadOnlyList<AgreementSummary> Items);
