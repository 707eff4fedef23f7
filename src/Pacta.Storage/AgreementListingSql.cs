using System.Globalization;
using Pacta.Core.Model;

namespace Pacta.Storage;

/// <summary>
/// The SQL of an agreement listing (<see cref="AgreementQuery"/>: filters, order, page, count), written once for every
/// provider. A page is chosen by its ids first, from an index in the listing order that also holds the columns most
/// filters test, so walking past rows (an offset, rows that fail a filter) never reads the agreements table; only the
/// page's rows are then read whole. A country filter walks the agreement_parties table instead, which repeats each
/// agreement's filterable columns per party, so a state's page or count never touches the other states' agreements.
/// What differs between dialects is passed in: how parameters are named, how a day is stored, how "undated last" is
/// written and how "no limit" is written.
/// </summary>
/// <param name="IdInList">"{0} is one of the list {1}", for <see cref="AgreementQuery.Ids"/>.</param>
/// <param name="SearchText">The expression of an agreement's searchable fields (<c>a</c>), a line each.</param>
/// <param name="SinceIndexHint">What follows <c>FROM agreements a</c> to make a page read the since index
/// (<c>ix_agreements_since</c>), or empty where the planner is left to choose.</param>
internal sealed record AgreementListingSql(
    char ParameterPrefix,
    Func<DateOnly, object> DayValue,
    bool NullsLastSyntax,
    string NoLimit,
    string IdInList,
    Func<IReadOnlyList<string>, object> IdListValue,
    string SearchText,
    string SinceIndexHint = "")
{
    /// <summary>Whether a page of <paramref name="query"/> could read the since index instead of walking the listing
    /// order: a since-filter on all agreements, for one page. The store asks the count first (which reads that index);
    /// with fewer matches than the page reaches, the walk in listing order would pass every older agreement looking
    /// for more, so the page reads the matches by the index and sorts them (see <see cref="PageIds"/>).</summary>
    public static bool MaySeekSince(AgreementQuery query) =>
        query.Since is not null && query.Country is null && query.Ids is null && !query.ForReview && query.Limit is not null;

    /// <summary>The ids of one page in order: <c>SELECT … AS id[, … AS sort_key] FROM … WHERE … ORDER BY … [LIMIT …
    /// OFFSET …]</c>, to be joined with the agreements table (see <see cref="OuterOrder"/>). The free text is not part
    /// of it (see <see cref="AgreementQuery.Text"/>).</summary>
    /// <param name="seekSince">Read the since index (only when <see cref="MaySeekSince"/>): the matches are fewer than
    /// the page reaches.</param>
    public string PageIds(AgreementQuery query, string? id, List<(string Name, object? Value)> parameters, bool seekSince = false)
    {
        var sortKey = SortKey(query);
        var rows = Rows(query);
        var needsAgreements = query.Country is not null && (sortKey is not null || query.ForReview);
        var from = From(query, id, needsAgreements, parameters);
        if (seekSince && MaySeekSince(query) && SinceIndexHint.Length > 0)
        {
            from = from.Replace(" FROM agreements a", $" FROM agreements a {SinceIndexHint}", StringComparison.Ordinal);
        }

        var sql = $"SELECT {rows.Id} AS id{(sortKey is null ? "" : $", {sortKey} AS sort_key")}"
            + from
            + $" ORDER BY {PageOrder(query, sortKey, rows)}";
        if (query.Limit is not null || query.Offset is not null)
        {
            // The page size is written as a number, not a parameter: a prepared statement's generic plan then knows it
            // reads a handful of rows and keeps to index walks and nested loops (with a parameter, PostgreSQL assumed
            // thousands and hash-joined whole tables: 40 ms a page). Page sizes are few, so the texts are few.
            var limit = query.Limit is { } size ? size.ToString(CultureInfo.InvariantCulture) : NoLimit;
            sql += $" LIMIT {limit} OFFSET {Add(parameters, "offset", query.Offset ?? 0)}";
        }

        return sql;
    }

    /// <summary>Each agreement the filters match (the free text aside) as its id and searchable text, in the listing's
    /// order: what <see cref="AgreementText"/> matches the words against.</summary>
    public string SearchTexts(AgreementQuery query, List<(string Name, object? Value)> parameters) =>
        $"SELECT a.id, {SearchText}{From(query, null, true, parameters)} ORDER BY {PageOrder(query, SortKey(query), Rows(query))}";

    /// <summary>How many agreements the filters match (the free text aside), at most <paramref name="atMost"/>.</summary>
    public string Count(AgreementQuery query, int? atMost, List<(string Name, object? Value)> parameters) => atMost is { } most
        ? $"SELECT count(*) FROM (SELECT 1{From(query, null, false, parameters)} LIMIT {Add(parameters, "at_most", most)}) counted"
        : "SELECT count(*)" + From(query, null, false, parameters);

    /// <summary>The ORDER BY of the page's ids (aliased <paramref name="page"/>) joined with agreements (aliased
    /// <c>a</c>), which keeps the page's order.</summary>
    public string OuterOrder(AgreementQuery query, string page) =>
        query.ForReview ? "a.confidence, a.id"
        : SortKey(query) is null ? LatestFirst(Agreements)
        : $"{page}.sort_key {Direction(query.Order)}, {LatestFirst(Agreements)}";

    /// <summary>The table a listing walks: the agreements, or a party's rows of agreement_parties.</summary>
    private sealed record RowSource(string Alias, string IdColumn)
    {
        public string Id => $"{Alias}.{IdColumn}";

        public string Column(string name) => $"{Alias}.{name}";
    }

    private static readonly RowSource Agreements = new("a", "id");
    private static readonly RowSource PartyRows = new("p", "agreement_id");

    private static RowSource Rows(AgreementQuery query) => query.Country is null ? Agreements : PartyRows;

    private string From(AgreementQuery query, string? id, bool joinAgreements, List<(string Name, object? Value)> parameters)
    {
        var rows = Rows(query);
        var filters = new List<string>();
        var from = " FROM agreements a";
        if (query.Country is { } country)
        {
            from = joinAgreements ? " FROM agreement_parties p JOIN agreements a ON a.id = p.agreement_id" : " FROM agreement_parties p";
            filters.Add($"p.party = {Add(parameters, "country", country.Value)}");
        }

        if (id is not null)
        {
            filters.Add($"{rows.Id} = {Add(parameters, "id", id)}");
        }

        if (query.Ids is { } ids)
        {
            filters.Add(string.Format(CultureInfo.InvariantCulture, IdInList, rows.Id, Add(parameters, "ids", IdListValue(ids))));
        }

        if (query.Partner is { } partner)
        {
            filters.Add($"EXISTS (SELECT 1 FROM agreement_parties q WHERE q.party = {Add(parameters, "partner", partner.Value)} AND q.agreement_id = {rows.Id})");
        }

        Compare("status", "=", "status", query.Status?.ToGold());
        Compare("kind", "=", "kind", query.Kind?.ToGold());
        Compare("domain", "=", "domain", query.Domain?.ToGold());
        Compare("date_end", ">=", "since", query.Since is { } since ? DayValue(since) : null);
        // Implied by the line above (a date is a day, a month or a year, so one that can end on or after the day
        // starts on or after 1 January of its year); said outright so that an index in date_start order is read from
        // the latest date down to this bound only, not to its end.
        Compare("date_start", ">=", "since_start", query.Since is { } sinceDay ? DayValue(new DateOnly(sinceDay.Year, 1, 1)) : null);
        Compare("date_start", "<=", "until", query.Until is { } until ? DayValue(until) : null);

        if (query.ForReview)
        {
            filters.Add($"{rows.Column("review")} = 'unreviewed'");
        }
        else if (!query.IncludeRejected)
        {
            filters.Add($"{rows.Column("review")} <> 'rejected'");
        }

        return from + (filters.Count > 0 ? " WHERE " + string.Join(" AND ", filters) : "");

        void Compare(string column, string comparison, string name, object? value)
        {
            if (value is not null)
            {
                filters.Add($"{rows.Column(column)} {comparison} {Add(parameters, name, value)}");
            }
        }
    }

    private string PageOrder(AgreementQuery query, string? sortKey, RowSource rows)
    {
        if (query.ForReview)
        {
            return "a.confidence, a.id";
        }

        // The party rows carry copies of the dates, so with a country the listing order is read off their index.
        var latestFirst = LatestFirst(rows);
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

    /// <summary>Ascending dates with undated first: the first day as a sortable number (undated: -1), so one column
    /// orders the same in both dialects; the listing order that follows breaks ties.</summary>
    private string DateKey => NullsLastSyntax
        ? "COALESCE(a.date_start - DATE '0001-01-01', -1)"
        : "COALESCE(julianday(a.date_start), -1)";

    private static readonly string StatusRank = "CASE a.status "
        + string.Concat(Enum.GetValues<AgreementStatus>().Select((s, i) => string.Create(CultureInfo.InvariantCulture, $"WHEN '{s.ToGold()}' THEN {i} ")))
        + "END";

    private static string Direction(AgreementOrder order) => order.Descending ? "DESC" : "ASC";

    /// <summary>Latest first, undated last, then by id: the listing order and every sort's tie-break. SQLite sorts NULL
    /// below every value, so its DESC already puts undated agreements last; PostgreSQL must be told.</summary>
    private string LatestFirst(RowSource rows) => NullsLastSyntax
        ? $"{rows.Column("date_start")} DESC NULLS LAST, {rows.Column("date_end")} DESC, {rows.Id}"
        : $"{rows.Column("date_start")} DESC, {rows.Column("date_end")} DESC, {rows.Id}";

    private string Add(List<(string Name, object? Value)> parameters, string name, object value)
    {
        var parameter = ParameterPrefix + name;
        parameters.Add((parameter, value));
        return parameter;
    }
}
