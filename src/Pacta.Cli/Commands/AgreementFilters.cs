using Pacta.Storage;

namespace Pacta.Cli.Commands;

/// <summary>The filter options of `pacta agreements`, as given, for the commands that take the same ones.</summary>
internal sealed record AgreementFilters(
    string? Country = null, string? Status = null, string? Since = null, int? Limit = null, bool IncludeRejected = false, AgreementRefinements? Refinements = null)
{
    public bool TryBuildQuery(out AgreementQuery query, out string? problem)
    {
        var valid = AgreementsCommand.TryBuildQuery(Country, Status, Since, Limit, out query, out problem)
            && (Refinements ?? AgreementRefinements.None).TryApply(query, out query, out problem);
        query = query with { IncludeRejected = IncludeRejected };
        return valid;
    }
}
