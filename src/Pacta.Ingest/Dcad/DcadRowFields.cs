using System.Globalization;
using Pacta.Core.Model;

namespace Pacta.Ingest.Dcad;

/// <summary>
/// The typed fields of one DCAD data row, looked up by column name, with every problem met noted rather than thrown,
/// so that a row reports all that is wrong with it in one line.
/// </summary>
internal sealed class DcadRowFields
{
    private readonly IReadOnlyDictionary<string, int> _columns;
    private readonly IReadOnlyList<string> _header;
    private readonly string[] _record;
    private readonly List<string> _problems = [];

    /// <param name="columns">Column keys (lower-case names) to their index in <paramref name="header"/>.</param>
    public DcadRowFields(IReadOnlyDictionary<string, int> columns, IReadOnlyList<string> header, string[] record)
    {
        _columns = columns;
        _header = header;
        _record = record;
    }

    public bool HasProblems => _problems.Count > 0;

    public string Problems => string.Join("; ", _problems);

    public void Fail(string problem) => _problems.Add(problem);

    /// <summary>The trimmed text of a column; null when the column is absent or the value is missing.</summary>
    public string? Text(string column)
    {
        if (!_columns.TryGetValue(column, out var index) || index >= _record.Length)
        {
            return null;
        }

        var value = _record[index].Trim();

        // Statistical packages write a missing value as an empty cell, "." (Stata) or "NA" (R).
        return value.Length == 0 || value == "." || value.Equals("NA", StringComparison.OrdinalIgnoreCase) ? null : value;
    }

    /// <summary>A whole number ("1992", also "1992.0" as some exports write it); null and a problem when not one.</summary>
    public int? Number(string column, bool required = false)
    {
        var text = Text(column);
        if (text is null)
        {
            if (required)
            {
                Fail($"{Name(column)} is missing");
            }

            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) &&
            value == Math.Floor(value) && value is >= int.MinValue and <= int.MaxValue)
        {
            return (int)value;
        }

        Fail($"{Name(column)} '{text}' is not a whole number");
        return null;
    }

    /// <summary>A 0/1 flag; null when missing.</summary>
    public bool? Flag(string column) => Number(column) switch
    {
        null => null,
        0 => false,
        1 => true,
        var other => FailWith<bool?>($"{Name(column)} '{other}' is neither 0 nor 1", null),
    };

    /// <summary>
    /// A date from year, month and day columns at the precision they give: a missing (or 0) day gives a month, a
    /// missing month gives a year. A year outside 1–9999 or an impossible day is a problem.
    /// </summary>
    public PartialDate? Date(string yearColumn, string monthColumn, string dayColumn, bool required)
    {
        var year = Number(yearColumn, required);
        var month = Number(monthColumn);
        var day = Number(dayColumn);
        if (year is null)
        {
            return null;
        }

        try
        {
            return (month, day) switch
            {
                (null or 0, _) => PartialDate.OfYear(year.Value),
                (_, null or 0) => PartialDate.OfMonth(year.Value, month.Value),
                _ => PartialDate.OfDay(year.Value, month.Value, day.Value),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return FailWith<PartialDate?>($"{Name(yearColumn)}/{Name(monthColumn)}/{Name(dayColumn)} {year}-{month}-{day} is not a date", null);
        }
    }

    public DcadType? Type(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            return FailWith<DcadType?>($"{Name(column)} is missing", null);
        }

        if (text.Equals("general", StringComparison.OrdinalIgnoreCase))
        {
            return DcadType.General;
        }

        return text.Equals("sector", StringComparison.OrdinalIgnoreCase)
            ? DcadType.Sector
            : FailWith<DcadType?>($"{Name(column)} '{text}' is neither 'general' nor 'sector'", null);
    }

    /// <summary>The party of a resolved COW code, or null with the resolution's reason as the problem.</summary>
    public PartyCode? Party(string column, CowResolution resolution)
    {
        if (resolution.Problem is { } problem)
        {
            Fail($"{Name(column)}: {problem}");
        }

        return resolution.Party;
    }

    /// <summary>A column as the file's header spells it (signYear, not signyear), for messages.</summary>
    public string Name(string column) => _columns.TryGetValue(column, out var index) ? _header[index] : column;

    private T FailWith<T>(string problem, T value)
    {
        Fail(problem);
        return value;
    }
}
