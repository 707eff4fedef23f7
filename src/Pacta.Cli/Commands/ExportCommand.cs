using System.CommandLine;
using Pacta.Export;
using Pacta.Storage;
using Pacta.Storage.Analytics;

namespace Pacta.Cli.Commands;

/// <summary>`pacta export`: writes the stored agreements (filtered as in `pacta agreements`) in a format for other
/// tools: a DCAD-like dyadic CSV or Parquet, JSON, or the agreement network as GraphML or GEXF.</summary>
public sealed class ExportCommand : Command
{
    public ExportCommand()
        : base("export", "Export the stored agreements, filtered as in `pacta agreements`: csv and parquet (one row per agreement dyad, close to DCAD's layout), json, or the agreement network as graphml or gexf (Gephi, igraph, networkx). Every status is exported; filter with --status.")
    {
        Options.Add(Format);
        Options.Add(Out);
        Options.Add(Database);
        Filters.AddTo(this);
        SetAction(parseResult => Run(
            parseResult.GetValue(Format),
            parseResult.GetValue(Out),
            parseResult.GetValue(Database),
            Filters.Read(parseResult),
            Console.OpenStandardOutput,
            Console.Error));
    }

    internal Option<ExportFormat> Format { get; } = new("--format", "-f")
    {
        Description = "csv, json, graphml, gexf or parquet.",
        Required = true,
    };

    internal Option<string?> Out { get; } = new("--out", "-o")
    {
        Description = "Write to this file (default: standard output).",
    };

    internal Option<string?> Database { get; } = CommonOptions.Database();

    internal AgreementFilterOptions Filters { get; } = new();

    /// <param name="standardOutput">Opens the stream written to when there is no --out (a test passes its own).</param>
    internal static int Run(ExportFormat format, string? outFile, string? database, AgreementFilters filters, Func<Stream> standardOutput, TextWriter errors)
    {
        if (!filters.TryBuildQuery(out var query, out var problem))
        {
            errors.WriteLine($"export: {problem}");
            return ExitCodes.UsageError;
        }

        return StoreAccess.Use(database, create: false, "export", errors, store =>
        {
            var facts = store.ListAgreementsAsync(query).GetAwaiter().GetResult().Select(StoredAgreementFacts.ToFact).ToList();
            var writer = ExportWriters.For(format);

            // Some writers (Parquet) need to seek, which standard output cannot: write to memory, then copy.
            using var buffer = new MemoryStream();
            writer.WriteAsync(facts, buffer).GetAwaiter().GetResult();
            buffer.Position = 0;
            try
            {
                using var output = outFile is null ? standardOutput() : File.Create(outFile);
                buffer.CopyTo(output);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.WriteLine($"export: cannot write '{outFile}': {e.Message}");
                return ExitCodes.Failed;
            }

            errors.WriteLine($"export: {facts.Count} agreements as {format.ToString().ToLowerInvariant()}{(outFile is null ? "" : $" to {outFile}")}");
            return ExitCodes.Success;
        });
    }
}
