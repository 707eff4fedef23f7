using System.Diagnostics;
using System.Globalization;

namespace Pacta.Cli.Ingestion;

/// <summary>Running counts of an ingest or watch run, for the progress line and the summary.</summary>
internal sealed class IngestTally
{
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();

    public int Read { get; set; }

    public int Stored { get; set; }

    public int Duplicates { get; set; }

    public int Skipped { get; set; }

    public int Failed { get; set; }

    public int NewAgreements { get; set; }

    public string Progress() =>
        $"ingesting… {Read} read, {Stored} stored, {Duplicates} duplicates, {Skipped} skipped, {Failed} failed ({Rate()} per s)";

    public string Summary(long agreements) =>
        $"{Read} documents read, {Stored} stored, {Duplicates} duplicates, {Skipped} skipped, {Failed} failed; {agreements} agreements ({NewAgreements} new)";

    /// <summary>Nothing stored or already there: nothing could be read.</summary>
    public bool NothingRead => Stored + Duplicates == 0;

    private string Rate() =>
        (Read / Math.Max(_elapsed.Elapsed.TotalSeconds, 0.001)).ToString("0.0", CultureInfo.InvariantCulture);
}
