using System.CommandLine;
using System.Globalization;
using Pacta.Cli.Output;
using Pacta.Core.Model;
using Pacta.Storage;
using Spectre.Console;

namespace Pacta.Cli.Commands;

/// <summary>`pacta show ID`: one agreement with its status history, sources, mentions and evidence quotes.</summary>
public sealed class ShowCommand : Command
{
    public ShowCommand()
        : base("show", "Show one agreement (rejected ones too): fields, status history, sources with their reports, and every mention with its evidence quotes.")
    {
        Arguments.Add(Id);
        Options.Add(Database);
        Options.Add(Format);
        SetAction(parseResult => Run(parseResult.GetValue(Id)!, parseResult.GetValue(Database), parseResult.GetValue(Format), Console.Out, Console.Error));
    }

    internal Argument<string> Id { get; } = new("ID") { Description = "The agreement id, e.g. KAZ-QAT-2023-12-12-agreement." };

    internal Option<string?> Database { get; } = CommonOptions.Database();

    internal Option<OutputFormat> Format { get; } = new("--format", "-f")
    {
        Description = "table (for people) or json.",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    internal static int Run(string id, string? database, OutputFormat format, TextWriter output, TextWriter errors) =>
        StoreAccess.Use(database, create: false, "show", errors, store =>
        {
            if (store.GetAgreementAsync(id).GetAwaiter().GetResult() is not { } stored)
            {
                errors.WriteLine($"show: no agreement has the id '{id}' (see `pacta agreements`).");
                return ExitCodes.Failed;
            }

            if (format == OutputFormat.Table)
            {
                WriteText(stored, output);
            }
            else
            {
                output.WriteLine(JsonShapes.AgreementDetail(stored).ToJsonString(JsonShapes.Indented));
            }

            return ExitCodes.Success;
        });

    private static void WriteText(StoredAgreement stored, TextWriter output)
    {
        var a = stored.Agreement;
        var console = TableConsole.For(output);

        var fields = new Grid().AddColumns(2);
        void Row(string name, string value) => fields.AddRow(new Text(name), new Text(value));
        Row("id", a.Id);
        Row("parties", stored.PartyKey);
        Row("status", a.Status.ToGold());
        Row("date", a.Date?.ToString() ?? "");
        Row("kind / domain", $"{a.Kind.ToGold()} / {a.Domain.ToGold()}");
        Row("place", a.Place ?? "");
        Row("signatories", string.Join("; ", a.Signatories));
        Row("confidence", a.Confidence.ToString("0.00", CultureInfo.InvariantCulture));
        Row("review", AgreementText.Review(stored));
        Row("sources", $"{stored.Sources} documents, {stored.Reports} reports; first seen {AgreementText.Day(stored.FirstSeen)}, last seen {AgreementText.Day(stored.LastSeen)}");
        console.Write(fields);

        output.WriteLine();
        output.WriteLine("history:");
        foreach (var step in stored.History)
        {
            output.WriteLine($"  {step.Status.ToGold()} {step.Date?.ToString() ?? "(undated)"}: {string.Join(", ", step.MentionKeys)}");
        }

        output.WriteLine();
        output.WriteLine("sources:");
        foreach (var document in stored.SourceDocuments)
        {
            var origin = DatasetDocument.IsDatasetRow(document.Id) ? "dataset" : "news";
            output.WriteLine($"  [{origin}] {document.Source} (report {document.ReportId}; published {document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?"}): {document.Title}");
        }

        output.WriteLine();
        output.WriteLine("mentions:");
        foreach (var mention in stored.Mentions)
        {
            output.WriteLine($"  {mention.Key} in {mention.DocumentId}: {mention.Status.ToGold()} {mention.Date?.ToString() ?? "(undated)"}, confidence {mention.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}");
            foreach (var evidence in mention.Evidence)
            {
                output.WriteLine($"    \"{evidence.Quote}\"");
            }
        }
    }
}
