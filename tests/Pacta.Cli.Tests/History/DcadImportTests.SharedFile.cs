using Pacta.TestKit;
using Xunit;

namespace Pacta.Cli.Tests.History;

public sealed partial class DcadImportTests
{
    private static string DyadsPath => Path.Combine(RepoPaths.SharedData, "dcad", "DCAD-derived-dyads.csv");

    [SkippableFact]
    public void Run_SharedDerivedDyads_StoresEveryValidRowAndReportsTheTwoSelfPairs()
    {
        Skip.IfNot(File.Exists(DyadsPath), $"{DyadsPath} is not next to the repository.");

        var (code, output, errors) = _db.Import(DyadsPath);
        var (againCode, again, _) = _db.Import(DyadsPath);

        // Every COW code maps: the only rows reported are the two that pair a state with itself.
        Assert.Equal(ExitCodes.SomeInputsFailed, code);
        Assert.StartsWith("1871 rows: 1869 stored, 0 already stored, 2 reported; 1869 agreements", output, StringComparison.Ordinal);
        var reported = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, reported.Length);
        Assert.Contains(reported, line => line.Contains("row 1592: country1 and country2 are the same party MOZ", StringComparison.Ordinal));
        Assert.Contains(reported, line => line.Contains("row 1810: country1 and country2 are the same party IND", StringComparison.Ordinal));
        Assert.Equal(ExitCodes.SomeInputsFailed, againCode);
        Assert.StartsWith("1871 rows: 0 stored, 1869 already stored, 2 reported; 1869 agreements", again, StringComparison.Ordinal);
    }
}
