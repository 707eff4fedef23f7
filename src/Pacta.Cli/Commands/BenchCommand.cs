using System.CommandLine;
using System.Globalization;
using Pacta.Bench;
using Pacta.Bench.Corpus;
using Pacta.Cli.Output;
using Spectre.Console;

namespace Pacta.Cli.Commands;

/// <summary>
/// `pacta bench`: measures throughput on a generated multilingual corpus against the plain-scan limit and
/// Lucene.Net, or with `--generate N --out DIR` only writes that corpus (for `pacta extract`, `/usr/bin/time -v`…).
/// </summary>
public sealed class BenchCommand : Command
{
    public BenchCommand()
        : base(
            "bench",
            "Measure throughput in one run on one corpus: (a) the limit (read + decode UTF-8 + scan every char), (b) Lucene.Net "
            + "StandardAnalyzer indexing, (c) Pacta extraction, (d) Pacta ingest into SQLite; prints MB/s, docs/s, the ratios "
            + "c/a, c/b, d/a, threads and peak memory. With --generate N --out DIR it only writes a deterministic synthetic corpus.")
    {
        Options.Add(Docs);
        Options.Add(Threads);
        Options.Add(Format);
        Options.Add(Seed);
        Options.Add(Corpus);
        Options.Add(Generate);
        Options.Add(Out);
        Options.Add(Rounds);
        Options.Add(ProfileSteps);
        SetAction(parseResult => Run(
            new BenchSettings(
                parseResult.GetValue(Docs),
                parseResult.GetValue(Threads),
                parseResult.GetValue(Format),
                parseResult.GetValue(Seed),
                parseResult.GetValue(Corpus),
                parseResult.GetValue(Generate),
                parseResult.GetValue(Out),
                parseResult.GetValue(Rounds),
                parseResult.GetValue(ProfileSteps)),
            Console.Out,
            Console.Error));
    }

    internal Option<int> Docs { get; } = new("--docs")
    {
        Description = "Articles in the generated corpus the stages are timed on.",
        DefaultValueFactory = _ => 2000,
    };

    internal Option<int> Threads { get; } = new("--threads")
    {
        Description = "Workers for every stage (default: all cores).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    internal Option<OutputFormat> Format { get; } = new("--format", "-f")
    {
        Description = "table (for people) or json (limit_mb_s, lucene_mb_s, extract_mb_s, ingest_mb_s, extract_vs_limit, extract_vs_lucene, peak_rss_mb, threads, docs, …).",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    internal Option<ulong> Seed { get; } = new("--seed")
    {
        Description = "Seed of the generated corpus: the same seed writes the same bytes.",
        DefaultValueFactory = _ => 42UL,
    };

    internal Option<string?> Corpus { get; } = new("--corpus")
    {
        Description = "Time the stages on this folder of .txt articles instead of a generated corpus.",
    };

    internal Option<int?> Generate { get; } = new("--generate")
    {
        Description = "Only write N generated articles to --out (2–8 KB each, 12 languages, about 5% reporting an agreement) and exit.",
    };

    internal Option<string?> Out { get; } = new("--out")
    {
        Description = "Folder --generate writes to (created if missing).",
    };

    internal Option<int> Rounds { get; } = new("--rounds")
    {
        Description = "Timed rounds; the stages take turns and each reports its fastest round (steadier ratios on a busy machine).",
        DefaultValueFactory = _ => 3,
    };

    internal Option<bool> ProfileSteps { get; } = new("--profile")
    {
        Description = "Instead of the stages, time each step of Pacta's extraction on one thread (read, language, header, keys, recognizers, clauses).",
    };

    internal static int Run(BenchSettings settings, TextWriter output, TextWriter errors)
    {
        if (settings.Format is not (OutputFormat.Table or OutputFormat.Json))
        {
            errors.WriteLine("bench: --format must be table or json.");
            return ExitCodes.UsageError;
        }

        if (settings.Threads < 1 || settings.Docs < 1 || settings.Rounds < 1 || settings.Generate is < 1)
        {
            errors.WriteLine("bench: --docs, --threads, --rounds and --generate must be at least 1.");
            return ExitCodes.UsageError;
        }

        if (settings.Generate is { } count)
        {
            if (settings.Out is null)
            {
                errors.WriteLine("bench: --generate needs --out DIR.");
                return ExitCodes.UsageError;
            }

            var summary = CorpusWriter.Write(settings.Out, count, settings.Seed);
            output.WriteLine(
                $"{summary.Documents} articles, {summary.Bytes / (1024.0 * 1024.0):0.00} MB, {summary.Agreements} reporting an agreement, in {settings.Out}");
            return ExitCodes.Success;
        }

        if (settings.Corpus is not null && !Directory.Exists(settings.Corpus))
        {
            errors.WriteLine($"bench: no such folder: {settings.Corpus}");
            return ExitCodes.UsageError;
        }

        var options = new BenchOptions
        {
            Documents = settings.Docs, Threads = settings.Threads, Seed = settings.Seed, Corpus = settings.Corpus, Rounds = settings.Rounds,
        };
        if (settings.Profile)
        {
            WriteProfile(options, output, errors);
            return ExitCodes.Success;
        }

        var pipeline = PipelineFactory.Create(dataDir: null, minConfidence: 0, language: null);
        var report = new BenchRunner(pipeline).Run(options, errors);
        if (settings.Format == OutputFormat.Json)
        {
            output.WriteLine(report.ToJson().ToJsonString(JsonShapes.Indented));
        }
        else
        {
            WriteTable(report, output);
        }

        return ExitCodes.Success;
    }

    private static void WriteProfile(BenchOptions options, TextWriter output, TextWriter errors)
    {
        using var corpus = BenchCorpus.Open(options, errors);
        var profiler = new StageProfiler();
        // Two passes before the measured one, so the steps run optimised code (tiered JIT) as they do in the bench.
        profiler.Profile(corpus.Files);
        profiler.Profile(corpus.Files);
        var steps = profiler.Profile(corpus.Files);
        var total = steps.Sum(s => s.Elapsed.TotalSeconds);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        var table = new Table().AddColumns("step (one thread)", "seconds", "share", "MB/s");
        foreach (var (step, elapsed) in steps)
        {
            table.AddRow(
                step,
                Number(elapsed.TotalSeconds, "0.000"),
                Number(elapsed.TotalSeconds / total, "0.0%"),
                Number(corpus.Bytes / (1024.0 * 1024.0) / Math.Max(elapsed.TotalSeconds, 1e-9)));
        }

        console.Write(table);
        console.WriteLine($"{corpus.Files.Count} documents, {corpus.Bytes / (1024.0 * 1024.0):0.0} MB, {total:0.000} s in all");
    }

    private static void WriteTable(BenchReport report, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        var table = new Table().AddColumns("stage", "MB/s", "docs/s", "seconds", "vs limit");
        foreach (var stage in report.Stages)
        {
            table.AddRow(
                stage.Name,
                Number(stage.MegabytesPerSecond),
                Number(stage.DocumentsPerSecond, "0"),
                Number(stage.Elapsed.TotalSeconds, "0.000"),
                Number(stage.MegabytesPerSecond / report.Limit.MegabytesPerSecond, "0.000"));
        }

        console.Write(table);
        console.WriteLine(
            $"{report.Documents} documents, {report.Limit.Bytes / (1024.0 * 1024.0):0.0} MB, {report.Threads} thread(s); "
            + $"extract/limit {Number(report.ExtractVsLimit, "0.000")}, extract/Lucene {Number(report.ExtractVsLucene, "0.00")}, "
            + $"ingest/limit {Number(report.IngestVsLimit, "0.000")}; peak RSS {Number(report.PeakRssMegabytes, "0")} MB");
    }

    private static string Number(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);
}
