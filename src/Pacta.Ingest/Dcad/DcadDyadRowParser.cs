using Pacta.Core.Model;

namespace Pacta.Ingest.Dcad;

/// <summary>
/// Reads one row of the derived dyad file <c>country1,country2,Year,type,asymmetry</c>: COW abbreviations resolved in
/// the year of signature, which is all the date it gives.
/// </summary>
internal static class DcadDyadRowParser
{
    public static readonly IReadOnlyList<string> RequiredColumns = ["country1", "country2", "year", "type"];

    public static DcadRowResult Parse(DcadRowFields fields, int row, CowStateMap states)
    {
        var country1 = fields.Text("country1");
        var country2 = fields.Text("country2");
        var year = fields.Number("year", required: true);
        var type = fields.Type("type");
        var asymmetry = fields.Number("asymmetry");
        PartialDate? signed = null;
        if (year is { } y)
        {
            signed = y is >= 1 and <= 9999 ? PartialDate.OfYear(y) : null;
            if (signed is null)
            {
                fields.Fail($"{fields.Name("year")} {y} is out of range");
            }
        }

        var party1 = Resolve(fields, "country1", country1, signed, states);
        var party2 = Resolve(fields, "country2", country2, signed, states);
        if (party1 is not null && party1 == party2)
        {
            fields.Fail($"{fields.Name("country1")} and {fields.Name("country2")} are the same party {party1}");
        }

        if (fields.HasProblems)
        {
            return DcadRowResult.Failed(row, fields.Problems);
        }

        return DcadRowResult.Read(new DcadAgreement(
            DcadLayout.DerivedDyads,
            row,
            DcaId: null,
            party1!.Value,
            party2!.Value,
            [country1!, country2!],
            signed!.Value,
            EnteredIntoForce: null,
            type!.Value,
            Categories: [],
            Terminated: null,
            EndYearEstimate: null,
            asymmetry));
    }

    private static PartyCode? Resolve(DcadRowFields fields, string column, string? abbreviation, PartialDate? signed, CowStateMap states)
    {
        if (abbreviation is null)
        {
            fields.Fail($"{fields.Name(column)} is missing");
            return null;
        }

        return signed is { } date ? fields.Party(column, states.Resolve(abbreviation, date.Year)) : null;
    }
}
