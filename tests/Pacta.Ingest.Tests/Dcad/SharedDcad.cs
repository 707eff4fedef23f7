using Pacta.Core.Analytics;
using Pacta.Ingest.Dcad;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Ingest.Tests.Dcad;

/// <summary>
/// The DCAD-derived dyad file in ../shared/data/dcad, read where it lies (never copied into the repository); tests
/// that use it are skipped when it is absent.
/// </summary>
internal static class SharedDcad
{
    public static string DyadsPath { get; } = Path.Combine(RepoPaths.SharedData, "dcad", "DCAD-derived-dyads.csv");

    public static List<DcadRowResult> ReadDyads()
    {
        Skip.IfNot(File.Exists(DyadsPath), $"{DyadsPath} is not next to the repository.");
        using var text = File.OpenText(DyadsPath);
        return new DcadReader().Read(text).ToList();
    }

    /// <summary>The facts of the agreements read; rows with problems are left out (DcadReaderTests checks which).</summary>
    public static List<PartnershipFact> DyadFacts() =>
        ReadDyads().Select(r => r.Agreement?.ToFact()).OfType<PartnershipFact>().ToList();
}
