using Pacta.Cli.Commands;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Cli.Tests.Corpus;

/// <summary>The dev corpus (read in place, never copied) through ingest twice and reprocess: nothing may change.
/// Skipped without the corpus.</summary>
public sealed class DevCorpusIngestTests : IDisposable
{
    private static readonly string DevPath = RepoPaths.DevCorpus;

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [SkippableFact]
    public void Ingest_DevCorpusTwice_LeavesTheDatabaseUnchangedAndReprocessTooChangesNothing()
    {
        Skip.IfNot(Directory.Exists(DevPath), $"the dev corpus is not at {DevPath}");
        var database = _folder.Combine("dev.db");
        var first = new StringWriter();
        IngestCommand.Run([DevPath], database, 0, null, null, new FixedClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)), first, new StringWriter());
        var before = Listing(database);

        var second = new StringWriter();
        var code = IngestCommand.Run([DevPath], database, 0, null, null, new FixedClock(new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero)), second, new StringWriter());
        var afterSecondIngest = Listing(database);
        var reprocess = ReprocessCommand.Run(database, 0, null, null, new StringWriter(), new StringWriter());

        Assert.Equal(ExitCodes.Success, code);
        Assert.Matches(@"^\d+ documents read, 0 stored, \d+ duplicates, 0 skipped, 0 failed; \d+ agreements \(0 new\)", second.ToString());
        Assert.Equal(before, afterSecondIngest);
        Assert.Equal(ExitCodes.Success, reprocess);
        Assert.Equal(before, Listing(database));
        Assert.Contains("\"id\"", before, StringComparison.Ordinal);
    }

    private static string Listing(string database)
    {
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Success, AgreementsCommand.Run(database, null, null, null, null, OutputFormat.Json, output, new StringWriter()));
        return output.ToString();
    }
}
