using System.CommandLine;
using Pacta.Storage.Review;

namespace Pacta.Cli.Commands.Review;

/// <summary>`pacta review edit ID --status S --date D --kind K --domain D --place P`: sets fields by hand; each
/// field given is one decision, kept over every later extraction.</summary>
public sealed class ReviewEditCommand : Command
{
    public ReviewEditCommand()
        : base("edit", "Set fields of an agreement by hand (status, date, kind, domain, place); the edits stay through new reports and `pacta reprocess`.")
    {
        Arguments.Add(Id);
        foreach (var option in Fields.Values)
        {
            Options.Add(option);
        }

        Options.Add(Database);
        Options.Add(By);
        SetAction(parseResult => Run(
            parseResult.GetValue(Id)!,
            Fields.Where(f => parseResult.GetValue(f.Value) is not null).ToDictionary(f => f.Key, f => parseResult.GetValue(f.Value)!),
            parseResult.GetValue(Database),
            parseResult.GetValue(By),
            TimeProvider.System,
            Console.Out,
            Console.Error));
    }

    internal Argument<string> Id { get; } = new("ID") { Description = "The agreement id." };

    /// <summary>One option per editable field, in the order <see cref="EditableField.Names"/> lists them.</summary>
    internal IReadOnlyDictionary<string, Option<string?>> Fields { get; } = EditableField.Names.ToDictionary(
        name => name,
        name => new Option<string?>("--" + name) { Description = $"New {name} (gold vocabulary{(name is "date" or "place" ? "; empty clears it" : "")})." });

    internal Option<string?> Database { get; } = CommonOptions.Database();

    internal Option<string?> By { get; } = CommonOptions.By();

    internal static int Run(string id, IReadOnlyDictionary<string, string> values, string? database, string? by, TimeProvider clock, TextWriter output, TextWriter errors)
    {
        if (values.Count == 0)
        {
            errors.WriteLine($"review edit: give at least one field to set: {string.Join(", ", EditableField.Names.Select(n => "--" + n))}.");
            return ExitCodes.UsageError;
        }

        var analyst = CommonOptions.ResolveAnalyst(by);
        var at = clock.GetUtcNow();
        var decisions = EditableField.Names.Where(values.ContainsKey)
            .Select(field => new ReviewDecision(ReviewAction.Edit, id, analyst, at, Field: field, Value: values[field].Trim()))
            .ToList();
        return ReviewRecorder.Record(database, decisions, output, errors);
    }
}
