using Pacta.Ingest.Dcad;

namespace Pacta.Ingest.Tests.Dcad;

/// <summary>The DCAD reader, one file per layout or aspect (DcadReaderTests.*.cs).</summary>
public sealed partial class DcadReaderTests
{
    private static readonly DcadReader Reader = new();

    private static List<DcadRowResult> Read(string csv)
    {
        using var text = new StringReader(csv);
        return Reader.Read(text).ToList();
    }

    private static DcadAgreement Agreement(DcadRowResult result) =>
        result.Agreement ?? throw new Xunit.Sdk.XunitException($"expected an agreement, got {result}");
}
