using System.CommandLine;
using Pacta.Cli.Ingestion;
using Pacta.Ingest.Readers;
using Pacta.Storage;

namespace Pacta.Cli.Commands;

/// <summary>`pacta ingest PATH...`: reads files and folders, extracts their agreements and saves documents and
/// agreements to the database. A document already stored (same text or same id) changes nothing.</summary>
public sealed class IngestCommand : Command
{
    public IngestCommand()
        : base("ingest", "Read articles (text, HTML pages, RSS/Atom/JSON feeds, JSON Lines, WARC, gold-format JSON; gzipped too; files or folders), extract their agreements and store them. Ingesting the same text again changes nothing.")
    {
        Arguments.Add(Paths);
        Options.Add(Database);
        Options.Add(MinConfidence);
        Options.Add(Language);
        Options.Add(DataDir);
        Options.Add(MaxSize);
        Options.Add(Workers);
        SetAction(parseResult => CommonOptions.ReaderOptionsFor(parseResult.GetValue(MaxSize), "ingest", Console.Error) is not { } readerOptions
            ? ExitCodes.UsageError
            : Run(
            parseResult.GetValue(Paths) ?? [],
            parseResult.GetValue(Database),
            parseResult.GetValue(MinConfidence),
            parseResult.GetValue(Language),
            parseResult.GetValue(DataDir),
            TimeProvider.System,
            Console.Out,
            Console.Error,
            showProgress: !Console.IsErrorRedirected,
            readerOptions: readerOptions,
            workers: parseResult.GetValue(Workers)));
    }

    internal Argument<string[]> Paths { get; } = new("PATH")
    {
        Description = "Files or folders to read (folders recursively: .txt .json .html .htm .xhtml .rss .atom .xml .jsonl .ndjson .warc, each also .gz); - reads standard input, its format told by its content.",
        Arity = ArgumentArity.OneOrMore,
    };

    internal Option<string?> Database { get; } = CommonOptions.Database();

    internal Option<double> MinConfidence { get; } = CommonOptions.MinConfidence();

    internal Option<string?> Language { get; } = CommonOptions.Language();

    internal Option<string?> DataDir { get; } = CommonOptions.DataDir();

    internal Option<int> MaxSize { get; } = CommonOptions.MaxSize();

    internal Option<int> Workers { get; } = new("--workers")
    {
        Description = "Save each batch of documents with this many concurrent workers (PostgreSQL: each on its own pooled connection; SQLite: extraction still runs on all cores, one batch is written at a time). Several `pacta ingest` processes may also share one PostgreSQL database.",
        DefaultValueFactory = _ => 1,
    };

    /// <summary>Ingests <paramref name="paths"/>; skipped and failed inputs go to <paramref name="errors"/> one line
    /// each, the summary line to <paramref name="output"/>. <paramref name="clock"/> stamps first and last seen.</summary>
    internal static int Run(
        string[] paths,
        string? database,
        double minConfidence,
        string? language,
        string? dataDir,
        TimeProvider clock,
        TextWriter output,
        TextWriter errors,
        bool showProgress = false,
        ReaderOptions? readerOptions = null,
        int workers = 1)
    {
        if (minConfidence is < 0 or > 1)
        {
            errors.WriteLine($"ingest: --min-confidence must be between 0 and 1 (got {minConfidence}).");
            return ExitCodes.UsageError;
        }

        if (workers is < 1 or > 256)
        {
            errors.WriteLine($"ingest: --workers must be between 1 and 256 (got {workers}).");
            return ExitCodes.UsageError;
        }

        if (StoreAccess.TryOpen(database, create: true, "ingest", errors) is not { } store)
        {
            return ExitCodes.Failed;
        }

        var ingester = new DocumentIngester(PipelineFactory.Create(dataDir, minConfidence, language), store, clock, errors, workers);
        try
        {
            var reads = new DocumentReader(readerOptions).Read(paths);
            ProgressDisplay.Run(showProgress, report => ingester.IngestAll(reads, report));

            var counts = store.CountsAsync().GetAwaiter().GetResult();
            output.WriteLine(ingester.Tally.Summary(counts.Agreements));
        }
        finally
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        if (ingester.Tally.NothingRead)
        {
            return ExitCodes.Failed;
        }

        return ingester.Tally.Failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }
}
