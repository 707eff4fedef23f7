using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Pacta.Ingest.Dcad;
using Pacta.Storage;
using Pacta.Storage.Analytics;

namespace Pacta.Cli.Commands.Import;

/// <summary>
/// `pacta import dcad FILE`: stores every agreement of a DCAD file (official or derived layout) as a document of its
/// own whose mentions carry the row's provenance as evidence, so the store's merge rules join them with the news
/// reports of the same instruments. Rows that cannot be read are reported, one line each; a re-import stores nothing.
/// </summary>
public sealed class DcadImportCommand : Command
{
    public DcadImportCommand()
        : base("dcad", "Import the Defense Cooperation Agreement Dataset (DCAD v1.0: the official DCAD-v1.0-main.csv or the derived dyad file). Each row becomes an agreement with the row as evidence, joined with news reports of the same instrument; importing again changes nothing.")
    {
        Arguments.Add(File);
        Options.Add(Database);
        SetAction(parseResult => Run(parseResult.GetValue(File)!, parseResult.GetValue(Database), TimeProvider.System, Console.Out, Console.Error));
    }

    internal Argument<string> File { get; } = new("FILE") { Description = "A DCAD CSV file, in either layout (told from its header)." };

    internal Option<string?> Database { get; } = CommonOptions.Database();

    internal static int Run(string file, string? database, TimeProvider clock, TextWriter output, TextWriter errors)
    {
        if (!System.IO.File.Exists(file))
        {
            errors.WriteLine($"import dcad: no such file '{file}'.");
            return ExitCodes.Failed;
        }

        return StoreAccess.Use(database, create: true, "import dcad", errors, store =>
        {
            var elapsed = Stopwatch.StartNew();
            var (stored, duplicates, reported) = (0, 0, 0);
            using (var reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
            {
                foreach (var row in new DcadReader().Read(reader))
                {
                    if (row.Agreement is not { } agreement)
                    {
                        errors.WriteLine(string.Create(CultureInfo.InvariantCulture, $"skipped {file} row {row.Row}: {row.Problem}"));
                        reported++;
                        continue;
                    }

                    var outcome = store.SaveAsync(DcadExtraction.For(agreement), clock.GetUtcNow()).GetAwaiter().GetResult();
                    if (outcome.IsDuplicate)
                    {
                        duplicates++;
                    }
                    else
                    {
                        stored++;
                    }
                }
            }

            var agreements = store.ListAgreementsAsync(AgreementQuery.All).GetAwaiter().GetResult();
            var joined = agreements.Count(a => StoredAgreementFacts.EvidenceOrigins(a).Count > 1);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{stored + duplicates + reported} rows: {stored} stored, {duplicates} already stored, {reported} reported; {agreements.Count} agreements in the database, {joined} joining dataset and news evidence ({elapsed.Elapsed.TotalSeconds:0.0} s)"));
            return reported > 0 ? ExitCodes.SomeInputsFailed
                : stored + duplicates == 0 ? ExitCodes.Failed
                : ExitCodes.Success;
        });
    }
}
