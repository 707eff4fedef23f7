using System.Globalization;

namespace Pacta.Ingest.Dcad;

/// <summary>One data row of a DCAD file: the agreement read from it, or the one-line reason it could not be.</summary>
/// <param name="Row">The data row, 1 for the first row after the header; 0 for a problem with the file itself.</param>
public sealed record DcadRowResult(int Row, DcadAgreement? Agreement, string? Problem)
{
    public static DcadRowResult Read(DcadAgreement agreement) => new(agreement.Row, agreement, null);

    public static DcadRowResult Failed(int row, string problem) => new(row, null, problem);

    public override string ToString() => Agreement is not null
        ? Agreement.Provenance
        : string.Create(CultureInfo.InvariantCulture, $"row {Row}: {Problem}");
}
