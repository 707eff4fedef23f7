using System.CommandLine;
using System.Data.Common;
using Pacta.Core.Model;
using Pacta.Core.Pipeline;
using Pacta.Ingest.Readers;
using Pacta.Storage;
using Spectre.Console;

namespace Pacta.Cli.Commands;

/// <summary>`pacta ingest PATH...`: reads files and folders, extracts their agreements and saves documents and
/// agreements to the database. A document already stored (same text or same id) changes nothing.</summary>
public sealed class IngestCommand : Command
{
    public IngestCommand()
        : base("ingest", "Read articles (.txt, gold-format .json; files or folders), extract their agreements and store them. Ingesting the same text again changes nothing.")
    {
        Arguments.Add(Paths);
        Options.Add(Database);
        Options.Add(MinConfidence);
        Options.Add(Language);
        Options.Add(DataDir);
        SetAction(parseResult => Run(
            parseResult.GetValue(Paths) ?? [],
            parseResult.GetValue(Database),
            parseResult.GetValue(MinConfidence),
            parseResult.GetValue(Language),
            parseResult.GetValue(DataDir),
            TimeProvider.System,
            Console.Out,
            Console.Error,
            showProgress: !Console.IsErrorRedirected));
    }

    internal Argument<string[]> Paths { get; } = new("PATH")
    {
        Description = "Files or folders to read (folders are read recursively: *.txt and *.json).",
        Arity = ArgumentArity.OneOrMore,
    };

    internal Option<string?> Database { get; } = CommonOptions.Database();

    internal Option<double> MinConfidence { get; } = CommonOptions.MinConfidence();

    internal Option<string?> Language { get; } = CommonOptions.Language();

    internal Option<string?> DataDir { get; } = CommonOptions.DataDir();

    /// <summary>Ingests <paramref name="paths"/>; failures go to <paramref name="errors"/> one per input, the summary
    /// line to <paramref name="output"/>. <paramref name="clock"/> stamps first and last seen.</summary>
    internal static int Run(
        string[] paths,
        string? database,
        double minConfidence,
        string? language,
        string? dataDir,
        TimeProvider clock,
        TextWriter output,
        TextWriter errors,
        bool showProgress = false)
    {
        if (minConfidence is < 0 or > 1)
        {
            errors.WriteLine($"ingest: --min-confidence must be between 0 and 1 (got {minConfidence}).");
            return ExitCodes.UsageError;
        }

        var path = CommonOptions.ResolveDatabase(database);
        IAgreementStore store;
        try
        {
            store = AgreementStoreFactory.Open(path);
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            errors.WriteLine($"ingest: cannot open database '{path}': {e.Message}");
            return ExitCodes.Failed;
        }

        var pipeline = PipelineFactory.Create(dataDir, minConfidence, language);
        var tally = new Tally();
        try
        {
            if (showProgress)
            {
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                console.Status().Start("ingesting…", context => Ingest(paths, pipeline, store, clock, errors, tally, () => context.Status(tally.Progress())));
            }
            else
            {
                Ingest(paths, pipeline, store, clock, errors, tally, () => { });
            }

            var counts = store.CountsAsync().GetAwaiter().GetResult();
            output.WriteLine($"{tally.Read} documents read, {tally.Stored} stored, {tally.Duplicates} duplicates, {tally.Failed} failed; {counts.Agreements} agreements ({tally.NewAgreements} new)");
        }
        finally
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        if (tally.Stored + tally.Duplicates == 0)
        {
            return ExitCodes.Failed;
        }

        return tally.Failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }

    private static void Ingest(string[] paths, ExtractionPipeline pipeline, IAgreementStore store, TimeProvider clock, TextWriter errors, Tally tally, Action progress)
    {
        // Extraction runs on all cores a small window ahead of this loop, the only writer, which saves in input order.
        foreach (var (read, result) in ExtractCommand.Stream(pipeline, paths))
        {
            tally.Read++;
            if (result is null)
            {
                errors.WriteLine($"failed {read.Path}: {read.Error}");
                tally.Failed++;
            }
            else
            {
                Save(result, store, clock, errors, tally);
            }

            progress();
        }
    }

    private static void Save(ExtractionResult result, IAgreementStore store, TimeProvider clock, TextWriter errors, Tally tally)
    {
        if (result.Skipped is not null)
        {
            errors.WriteLine($"failed {result.Document.Id}: not analysed: {result.Skipped}");
            tally.Failed++;
            return;
        }

        try
        {
            var outcome = store.SaveAsync(result, clock.GetUtcNow()).GetAwaiter().GetResult();
            if (outcome.IsDuplicate)
            {
                tally.Duplicates++;
            }
            else
            {
                tally.Stored++;
                tally.NewAgreements += outcome.CreatedAgreements.Count;
            }
        }
        catch (DbException e)
        {
            errors.WriteLine($"failed {result.Document.Id}: cannot save: {e.Message}");
            tally.Failed++;
        }
    }

    /// <summary>Running counts for the progress display and the summary line.</summary>
    private sealed class Tally
    {
        public int Read { get; set; }

        public int Stored { get; set; }

        public int Duplicates { get; set; }

        public int Failed { get; set; }

        public int NewAgreements { get; set; }

        public string Progress() => $"ingesting… {Read} read, {Stored} stored, {Duplicates} duplicates, {Failed} failed";
    }
}
