using System.Globalization;
using Pacta.Core.Model;

namespace Pacta.Storage;

/// <summary>
/// The SQL of an agreement listing (<see cref="AgreementQuery"/>: filters, order, page, count), written once for every
/// provider. A country filter starts from the agreement_parties table, whose index is in the listing order, so a
/// state's latest page is a walk of that page; the other filters are tested on the rows walked. What differs between
/// dialects is passed in: how parameters are named, how a day is stored, how "undated last" is written and what
/// "no limit" is.
/// </summary>
internal sealed record AgreementListingSql(char ParameterPrefix, Func<DateOnly, object> DayValue, bool NullsLastSyntax, object NoLimit)
{
    /// <summary>The one page: <c>SELECT {columns}[, sort_key] FROM … WHERE … ORDER BY … [LIMIT … OFFSET …]</c> with
    /// agreements aliased <c>a</c>. The free text is not part of it (see <see cref="AgreementQuery.Text"/>).</summary>
    public string Page(AgreementQuery query, string? id, string columns, List<(string Name, object? Value)> parameters)
    {
        var sortKey = SortKey(query);
        var sql = $"SELECT {columns}{(sortKey is null ? "" : $", {sortKey} AS sort_key")}{From(query, id, parameters)} ORDER BY {PageOrder(query, sortKey)}";
        if (query.Limit is not null || query.Offset is not null)
        {
            sql += $" LIMIT {Add(parameters, "limit", query.Limit is { } limit ? limit : NoLimit)} OFFSET {Add(parameters, "offset", query.Offset ?? 0)}";
        }

        return sql;
    }

    /// <summary>How many agreements the filters match (the free text aside), at most <paramref name="atMost"/>.</summary>
    public string Count(AgreementQuery query, int? atMost, List<(string Name, object? Value)> parameters) => atMost is { } most
        ? $"SELECT count(*) FROM (SELECT 1{From(query, null, parameters)} LIMIT {Add(parameters, "at_most", most)}) counted"
        : "SELECT count(*)" + From(query, null, parameters);

    /// <summary>The ORDER BY of a query that selects from the page (aliased <c>a</c>, with its sort_key column), to
    /// keep the page's order after joining its steps, mentions and sources.</summary>
    public string OuterOrder(AgreementQuery query) =>
        query.ForReview ? "a.confidence, a.id"
        : SortKey(query) is null ? LatestFirst("a", "id")
        : $"a.sort_key {Direction(query.Order)}, {LatestFirst("a", "id")}";

    private string From(AgreementQuery query, string? id, List<(string Name, object? Value)> parameters)
    {
        var filters = new List<string>();
        var from = " FROM agreements a";
        if (query.Country is { } country)
        {
            from = " FROM agreement_parties p JOIN agreements a ON a.id = p.agreement_id";
            filters.Add($"p.party = {Add(parameters, "country", country.Value)}");
        }

        if (id is not null)
        {
            filters.Add($"a.id = {Add(parameters, "id", id)}");
        }

        if (query.Partner is { } partner)
        {
            filters.Add($"EXISTS (SELECT 1 FROM agreement_parties q WHERE q.party = {Add(parameters, "partner", partner.Value)} AND q.agreement_id = a.id)");
        }

        Compare("a.status", "=", "status", query.Status?.ToGold());
        Compare("a.kind", "=", "kind", query.Kind?.ToGold());
        Compare("a.domain", "=", "domain", query.Domain?.ToGold());
        Compare("a.date_end", ">=", "since", query.Since is { } since ? DayValue(since) : null);
        // Implied by the line above, since a date spans at most a year; said outright so that the listing index
        // (or the party index), in date_start order, is read from the latest date down to this bound only, not to its end.
        Compare(query.Country is null ? "a.date_start" : "p.date_start", ">=", "since_start", query.Since is { } sinceDay ? DayValue(sinceDay.AddYears(-1)) : null);
        Compare("a.date_start", "<=", "until", query.Until is { } until ? DayValue(until) : null);
        if (query.ForReview)
        {
            filters.Add("a.review = 'unreviewed'");
        }
        else if (!query.IncludeRejected)
        {
            filters.Add("a.review <> 'rejected'");
        }

        return from + (filters.Count > 0 ? " WHERE " + string.Join(" AND ", filters) : "");

        void Compare(string column, string comparison, string name, object? value)
        {
            if (value is not null)
            {
                filters.Add($"{column} {comparison} {Add(parameters, name, value)}");
            }
        }
    }

    private string PageOrder(AgreementQuery query, string? sortKey)
    {
        if (query.ForReview)
        {
            return "a.confidence, a.id";
        }

        // With a country, the party rows carry copies of the dates, so the listing order can be read off their index.
        var latestFirst = query.Country is null ? LatestFirst("a", "id") : LatestFirst("p", "agreement_id");
        return sortKey is null ? latestFirst : $"{sortKey} {Direction(query.Order)}, {latestFirst}";
    }

    /// <summary>The expression of a sort other than the listing order, or null for the listing order. Only fixed
    /// expressions: no user text reaches ORDER BY.</summary>
    private string? SortKey(AgreementQuery query)
    {
        if (query.ForReview || query.Order == AgreementOrder.LatestFirst)
        {
            return null;
        }

        return query.Order.Key switch
        {
            AgreementSortKey.Date => DateKey,
            AgreementSortKey.Confidence => "a.confidence",
            AgreementSortKey.Sources => "(SELECT count(DISTINCT m.document_id) FROM mentions m WHERE m.agreement_id = a.id)",
            AgreementSortKey.Parties => "a.parties",
            AgreementSortKey.Status => StatusRank,
            _ => "a.id",
        };
    }

    /// <summary>Ascending dates with undated first: the first day as a sortable number (undated: 0), so one column
    /// orders the same in both dialects; the last day breaks ties in the listing order that follows.</summary>
    private string DateKey => NullsLastSyntax
        ? "COALESCE(a.date_start - DATE '0001-01-01', -1)"
        : "COALESCE(julianday(a.date_start), -1)";

    private static readonly string StatusRank = "CASE a.status "
        + string.Concat(Enum.GetValues<AgreementStatus>().Select((s, i) => string.Create(CultureInfo.InvariantCulture, $"WHEN '{s.ToGold()}' THEN {i} ")))
        + "END";

    private static string Direction(AgreementOrder order) => order.Descending ? "DESC" : "ASC";

    /// <summary>Latest first, undated last, then by id: the listing order and every sort's tie-break. SQLite sorts NULL
    /// below every value, so its DESC already puts undated agreements last; PostgreSQL must be told.</summary>
    private string LatestFirst(string alias, string idColumn) => NullsLastSyntax
        ? $"{alias}.date_start DESC NULLS LAST, {alias}.date_end DESC, {alias}.{idColumn}"
        : $"{alias}.date_start DESC, {alias}.date_end DESC, {alias}.{idColumn}";

    private string Add(List<(string Name, object? Value)> parameters, string name, object value)
    {
        var parameter = ParameterPrefix + name;
        parameters.Add((parameter, value));
        return parameter;
    }
}
