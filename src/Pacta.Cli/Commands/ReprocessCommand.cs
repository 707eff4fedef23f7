using System.CommandLine;
using Pacta.Core.Model;
using Pacta.Storage;

namespace Pacta.Cli.Commands;

/// <summary>`pacta reprocess`: runs the current extractor over every stored document again and rebuilds the
/// agreements; analysts' decisions are re-applied (rejected stays rejected, edits, merges and splits stay).</summary>
public sealed class ReprocessCommand : Command
{
    public ReprocessCommand()
        : base("reprocess", "Run the current extractor again over every stored document and rebuild the agreements, re-applying every review decision. Run it after upgrading Pacta or editing lexicons.")
    {
        Options.Add(Database);
        Options.Add(MinConfidence);
        Options.Add(Language);
        Options.Add(DataDir);
        SetAction(parseResult => Run(
            parseResult.GetValue(Database),
            parseResult.GetValue(MinConfidence),
            parseResult.GetValue(Language),
            parseResult.GetValue(DataDir),
            Console.Out,
            Console.Error));
    }

    internal Option<string?> Database { get; } = CommonOptions.Database();

    internal Option<double> MinConfidence { get; } = CommonOptions.MinConfidence();

    internal Option<string?> Language { get; } = CommonOptions.Language();

    internal Option<string?> DataDir { get; } = CommonOptions.DataDir();

    internal static int Run(string? database, double minConfidence, string? language, string? dataDir, TextWriter output, TextWriter errors)
    {
        if (minConfidence is < 0 or > 1)
        {
            errors.WriteLine($"reprocess: --min-confidence must be between 0 and 1 (got {minConfidence}).");
            return ExitCodes.UsageError;
        }

        var pipeline = PipelineFactory.Create(dataDir, minConfidence, language);
        return Run(database, pipeline.Process, output, errors);
    }

    /// <summary>Re-extracts every stored document with <paramref name="extract"/> (the pipeline, or a stand-in in tests).</summary>
    internal static int Run(string? database, Func<Document, ExtractionResult> extract, TextWriter output, TextWriter errors) =>
        StoreAccess.Use(database, create: false, "reprocess", errors, store =>
        {
            var before = store.CountsAsync().GetAwaiter().GetResult();
            var (done, failed) = (0, 0);
            foreach (var id in store.ListDocumentIdsAsync().GetAwaiter().GetResult())
            {
                // A dataset row's mentions are the dataset's coding, not the extractor's reading: nothing to redo.
                if (DatasetDocument.IsDatasetRow(id))
                {
                    continue;
                }

                var document = store.GetDocumentAsync(id).GetAwaiter().GetResult()!;
                var result = extract(document);
                if (result.Skipped is not null)
                {
                    // Not analysed now: keep what the last extraction found rather than drop it silently.
                    errors.WriteLine($"failed {id}: not analysed: {result.Skipped}");
                    failed++;
                    continue;
                }

                store.ReplaceMentionsAsync(result).GetAwaiter().GetResult();
                done++;
            }

            var after = store.CountsAsync().GetAwaiter().GetResult();
            output.WriteLine($"{done} documents reprocessed, {failed} failed; {after.Agreements} agreements (before: {before.Agreements})");
            return failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
        });
}
