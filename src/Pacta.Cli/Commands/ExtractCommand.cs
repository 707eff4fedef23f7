using System.CommandLine;
using System.Text.Json;
using Pacta.Cli.Output;
using Pacta.Core.Model;
using Pacta.Core.Pipeline;
using Pacta.Ingest.Readers;
using Spectre.Console;

namespace Pacta.Cli.Commands;

/// <summary>`pacta extract PATH...`: reads files and folders and prints the agreements found, touching no database.</summary>
public sealed class ExtractCommand : Command
{
    public ExtractCommand()
        : base("extract", "Read articles (text, HTML pages, RSS/Atom/JSON feeds, JSON Lines, WARC, gold-format JSON; gzipped too; files or folders) and print the agreements they report. Touches no database.")
    {
        Arguments.Add(Paths);
        Options.Add(Format);
        Options.Add(MinConfidence);
        Options.Add(Language);
        Options.Add(DataDir);
        Options.Add(MaxSize);
        SetAction(parseResult => CommonOptions.ReaderOptionsFor(parseResult.GetValue(MaxSize), "extract", Console.Error) is not { } readerOptions
            ? ExitCodes.UsageError
            : Run(
            parseResult.GetValue(Paths) ?? [],
            parseResult.GetValue(Format),
            parseResult.GetValue(MinConfidence),
            parseResult.GetValue(Language),
            parseResult.GetValue(DataDir),
            Console.Out,
            Console.Error,
            readerOptions));
    }

    internal Argument<string[]> Paths { get; } = new("PATH")
    {
        Description = "Files or folders to read (folders recursively: .txt .json .html .htm .xhtml .rss .atom .xml .jsonl .ndjson .warc, each also .gz).",
        Arity = ArgumentArity.OneOrMore,
    };

    internal Option<OutputFormat> Format { get; } = new("--format", "-f")
    {
        Description = "table (for people), json (one array), jsonl (one line per document, for tools/score.py).",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    internal Option<double> MinConfidence { get; } = CommonOptions.MinConfidence();

    internal Option<string?> Language { get; } = CommonOptions.Language();

    internal Option<string?> DataDir { get; } = CommonOptions.DataDir();

    internal Option<int> MaxSize { get; } = CommonOptions.MaxSize();

    internal static int Run(string[] paths, OutputFormat format, double minConfidence, string? language, string? dataDir, TextWriter output, TextWriter errors, ReaderOptions? readerOptions = null)
    {
        if (format == OutputFormat.Csv)
        {
            errors.WriteLine("extract: --format must be table, json or jsonl.");
            return ExitCodes.UsageError;
        }

        var pipeline = PipelineFactory.Create(dataDir, minConfidence, language);
        var reader = new DocumentReader(readerOptions);
        var failures = 0;
        var documents = new List<Document>();
        foreach (var read in reader.Read(paths))
        {
            if (read.Document is null)
            {
                errors.WriteLine($"{(read.IsSkipped ? "skipped" : "failed")} {read.Path}: {read.Error}");
                failures += read.IsFailed ? 1 : 0;
                continue;
            }

            if (read.Note is not null)
            {
                errors.WriteLine($"note {read.Path}: {read.Note}");
            }

            documents.Add(read.Document);
        }

        var results = Process(pipeline, documents);
        foreach (var skipped in results.Where(r => r.Skipped is not null))
        {
            errors.WriteLine($"not analysed {skipped.Document.Id}: {skipped.Skipped}");
        }

        switch (format)
        {
            case OutputFormat.Jsonl:
                foreach (var result in results)
                {
                    output.WriteLine(JsonShapes.Document(result).ToJsonString(JsonShapes.Compact));
                }

                break;
            case OutputFormat.Json:
                var array = new System.Text.Json.Nodes.JsonArray(results.Select(r => (System.Text.Json.Nodes.JsonNode)JsonShapes.Document(r)).ToArray());
                output.WriteLine(array.ToJsonString(JsonShapes.Indented));
                break;
            default:
                WriteTable(results, output);
                break;
        }

        if (documents.Count == 0)
        {
            return ExitCodes.Failed;
        }

        return failures > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }

    /// <summary>Extraction over all cores; results stay in input order.</summary>
    internal static List<ExtractionResult> Process(ExtractionPipeline pipeline, IReadOnlyList<Document> documents) =>
        documents.AsParallel().AsOrdered().Select(pipeline.Process).ToList();

    private static void WriteTable(IReadOnlyList<ExtractionResult> results, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        var table = new Table().AddColumns("document", "lang", "parties", "status", "date", "kind", "domain", "place", "signatories", "conf.");
        var agreements = 0;
        foreach (var result in results)
        {
            foreach (var a in result.Agreements)
            {
                agreements++;
                table.AddRow(
                    Markup.Escape(Path.GetFileName(result.Document.Id)),
                    result.Document.Language ?? "?",
                    a.PartyKey,
                    a.Status.ToGold(),
                    a.Date?.ToString() ?? "",
                    a.Kind.ToGold(),
                    a.Domain.ToGold(),
                    Markup.Escape(a.Place ?? ""),
                    Markup.Escape(string.Join("; ", a.Signatories)),
                    a.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        console.Write(table);
        console.WriteLine($"{results.Count} document(s), {agreements} agreement(s).");
    }
}
