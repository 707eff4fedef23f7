using System.Globalization;
using Pacta.Core.Model;

namespace Pacta.Storage;

/// <summary>
/// The WHERE clause of an agreement listing (<see cref="AgreementQuery"/>), written once for every provider. What
/// differs between SQL dialects is passed in: how parameters are named, how "this party is in the party set" is
/// asked (SQLite: a substring of the joined codes; PostgreSQL: array containment, which its GIN index answers) and
/// how a day is stored.
/// </summary>
internal sealed record AgreementFilterSql(char ParameterPrefix, string CountryPredicate, Func<PartyCode, object> CountryValue, Func<DateOnly, object> DayValue)
{
    /// <summary>" WHERE …" (or nothing) for <paramref name="query"/> and, when given, one agreement id; adds the
    /// parameters it names to <paramref name="parameters"/>.</summary>
    public string Where(AgreementQuery query, string? id, List<(string Name, object? Value)> parameters)
    {
        var filters = new List<string>();
        if (id is not null)
        {
            filters.Add($"a.id = {Add("id", id)}");
        }

        if (query.Country is { } country)
        {
            filters.Add(string.Format(CultureInfo.InvariantCulture, CountryPredicate, Add("country", CountryValue(country))));
        }

        if (query.Status is { } status)
        {
            filters.Add($"a.status = {Add("status", status.ToGold())}");
        }

        if (query.Since is { } since)
        {
            filters.Add($"a.date_end >= {Add("since", DayValue(since))}");
        }

        if (query.ForReview)
        {
            filters.Add("a.review = 'unreviewed'");
        }
        else if (!query.IncludeRejected)
        {
            filters.Add("a.review <> 'rejected'");
        }

        return filters.Count > 0 ? " WHERE " + string.Join(" AND ", filters) : "";

        string Add(string name, object value)
        {
            var parameter = ParameterPrefix + name;
            parameters.Add((parameter, value));
            return parameter;
        }
    }
}
