namespace Pacta.Ingest.Dcad;

/// <summary>
/// Reads one row of the official 30-column <c>DCAD-v1.0-main.csv</c>: numeric COW codes resolved in the signature
/// year, signature and entry-into-force dates at the precision given, type, categories and termination. Columns the
/// import does not use yet (span, renewal, sources, Factiva checks) are left for a later need.
/// </summary>
internal static class DcadOfficialRowParser
{
    /// <summary>The columns this layout cannot do without; the header must have them all.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = ["ccode1", "ccode2", "signyear", "type"];

    public static DcadRowResult Parse(DcadRowFields fields, int row, CowStateMap states)
    {
        var code1 = fields.Number("ccode1", required: true);
        var code2 = fields.Number("ccode2", required: true);
        var signed = fields.Date("signyear", "signmonth", "signday", required: true);
        var inForce = fields.Date("eifyear", "eifmonth", "eifday", required: false);
        var type = fields.Type("type");
        var terminated = fields.Flag("terminated");
        var endYear = fields.Number("endyearestimate");
        var asymmetry = fields.Number("asymmetry");

        // A code is resolved in the year of signature: COW's 365 is the Soviet Union in 1985 and Russia in 1995.
        var party1 = code1 is { } c1 && signed is { } s1 ? fields.Party("ccode1", states.Resolve(c1, s1.Year)) : null;
        var party2 = code2 is { } c2 && signed is { } s2 ? fields.Party("ccode2", states.Resolve(c2, s2.Year)) : null;
        if (party1 is not null && party1 == party2)
        {
            fields.Fail($"{fields.Name("ccode1")} and {fields.Name("ccode2")} are the same party {party1}");
        }

        if (fields.HasProblems)
        {
            return DcadRowResult.Failed(row, fields.Problems);
        }

        string[] categories = [.. new[] { "category1", "category2", "category3" }.Select(fields.Text).OfType<string>()];
        return DcadRowResult.Read(new DcadAgreement(
            DcadLayout.Official,
            row,
            fields.Text("dcaid"),
            party1!.Value,
            party2!.Value,
            [fields.Text("ccode1")!, fields.Text("ccode2")!],
            signed!.Value,
            inForce,
            type!.Value,
            categories,
            terminated,
            endYear,
            asymmetry));
    }
}
