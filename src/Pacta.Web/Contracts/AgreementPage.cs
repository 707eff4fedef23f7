namespace Pacta.Web.Contracts;

/// <summary>One page of a filtered listing and how many agreements match in all.</summary>
public sealed record AgreementPage(int Total, int Page, int PageSize, IReadOnlyList<AgreementSummary> Items);
