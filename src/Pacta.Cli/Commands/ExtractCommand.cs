using System.CommandLine;
using System.Text.Json;
using Pacta.Cli.Output;
using Pacta.Core.Model;
using Pacta.Core.Pipeline;
using Pacta.Ingest.Readers;
using Pacta.Ingest.Streaming;
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
        Description = "Files or folders to read (folders recursively: .txt .json .html .htm .xhtml .rss .atom .xml .jsonl .ndjson .warc, each also .gz); - reads standard input, its format told by its content.",
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
        var failures = 0;
        var documents = 0;
        var withAgreements = new List<ExtractionResult>();
        var firstJson = true;
        if (format == OutputFormat.Json)
        {
            output.Write('[');
        }

        // Streamed: each document is read, extracted on a worker, written and dropped, so memory stays flat however
        // many documents the paths hold; output keeps the input order.
        foreach (var (read, result) in Stream(pipeline, paths, readerOptions))
        {
            if (result is null)
            {
                errors.WriteLine($"{(read.IsSkipped ? "skipped" : "failed")} {read.Path}: {read.Error}");
                failures += read.IsFailed ? 1 : 0;
                continue;
            }

            if (read.Note is not null)
            {
                errors.WriteLine($"note {read.Path}: {read.Note}");
            }

            documents++;
            if (result.Skipped is not null)
            {
                errors.WriteLine($"not analysed {result.Document.Id}: {result.Skipped}");
            }

            switch (format)
            {
                case OutputFormat.Jsonl:
                    output.WriteLine(JsonShapes.Document(result).ToJsonString(JsonShapes.Compact));
                    break;
                case OutputFormat.Json:
                    WriteArrayElement(JsonShapes.Document(result).ToJsonString(JsonShapes.Indented), firstJson, output);
                    firstJson = false;
                    break;
                default:
                    if (result.Agreements.Count > 0)
                    {
                        withAgreements.Add(result);
                    }

                    break;
            }
        }

        if (format == OutputFormat.Json)
        {
            output.WriteLine(firstJson ? "]" : "\n]");
        }
        else if (format == OutputFormat.Table)
        {
            WriteTable(withAgreements, documents, output);
        }

        if (documents == 0)
        {
            return ExitCodes.Failed;
        }

        return failures > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }

    /// <summary>Reads and extracts every input over all cores, in input order, holding only a small window of
    /// documents in memory; the result is null for an input that could not be read.</summary>
    internal static IEnumerable<(ReadResult Read, ExtractionResult? Result)> Stream(ExtractionPipeline pipeline, IEnumerable<string> paths, ReaderOptions? readerOptions = null) =>
        OrderedParallel.Map(
            new DocumentReader(readerOptions).Read(paths),
            read => (read, read.Document is { } document ? pipeline.Process(document) : null),
            Environment.ProcessorCount);

    /// <summary>One element of an indented JSON array, laid out as <c>JsonArray.ToJsonString</c> lays it out.</summary>
    private static void WriteArrayElement(string element, bool first, TextWriter output)
    {
        output.Write(first ? "\n  " : ",\n  ");
        output.Write(element.Replace("\n", "\n  ", StringComparison.Ordinal));
    }

    /// <summary>Extraction over all cores; results stay in input order.</summary>
    internal static List<ExtractionResult> Process(ExtractionPipeline pipeline, IReadOnlyList<Document> documents) =>
        documents.AsParallel().AsOrdered().Select(pipeline.Process).ToList();

    private static void WriteTable(IReadOnlyList<ExtractionResult> results, int documents, TextWriter output)
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
        console.WriteLine($"{documents} document(s), {agreements} agreement(s).");
    }
}
