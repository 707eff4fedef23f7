using Pacta.Core.Model;
using System.CommandLine;
using Pacta.Core.Pipeline;
using Pacta.Ingest.Readers;

namespace Pacta.Cli.Commands;

/// <summary>`pacta analyze FILE`: shows what the recognizers found in each sentence, to see why an agreement was or
/// was not extracted.</summary>
public sealed class AnalyzeCommand : Command
{
    public AnalyzeCommand()
        : base("analyze", "Show, sentence by sentence, the states, dates, people, places, instruments and status words Pacta recognizes in one file, then every instrument mention the extractor read or dropped (and why) and the instruments it kept.")
    {
        Arguments.Add(File);
        Options.Add(Language);
        Options.Add(DataDir);
        SetAction(parseResult => Run(parseResult.GetValue(File)!, parseResult.GetValue(Language), parseResult.GetValue(DataDir), Console.Out, Console.Error));
    }

    internal Argument<string> File { get; } = new("FILE") { Description = "A .txt or gold-format .json article." };

    internal Option<string?> Language { get; } = CommonOptions.Language();

    internal Option<string?> DataDir { get; } = CommonOptions.DataDir();

    internal static int Run(string path, string? language, string? dataDir, TextWriter output, TextWriter errors)
    {
        var read = new DocumentReader().ReadFile(path);
        if (read.Document is null)
        {
            errors.WriteLine($"{path}: {read.Error}");
            return ExitCodes.Failed;
        }

        ExtractionPipeline pipeline = PipelineFactory.Create(dataDir, 0, language);
        var result = pipeline.Process(read.Document);
        if (result.Document.Language is not { } code)
        {
            errors.WriteLine($"{path}: {result.Skipped}");
            return ExitCodes.Failed;
        }

        output.WriteLine($"language {code}, published {result.Document.Published?.ToString("yyyy-MM-dd") ?? "unknown"}, title: {result.Document.Title}, byline: {result.Document.Byline}");
        var analysis = pipeline.Analyze(result.Document, code);
        foreach (var s in analysis.Sentences)
        {
            var parts = new List<string>();
            parts.AddRange(s.Countries.Select(c => $"state:{c.Text}={c.Code}/{c.Type}"));
            parts.AddRange(s.Dates.Select(d => $"date:{d.Text}={d.Past}|{d.Future}"));
            parts.AddRange(s.People.Select(p => $"person:{p.Name}({p.Role},{p.Nationality})"));
            parts.AddRange(s.Places.Select(p => $"place:{p.Name}"));
            parts.AddRange(s.Instruments.Select(i => $"instrument:{s.Sentence.TextOf(i.FirstWord, i.LastWord)}={(i.Value.IsReference ? "ref" : i.Value.Kind)}"));
            parts.AddRange(s.Statuses.Select(i => $"status:{s.Sentence.TextOf(i.FirstWord, i.LastWord)}={i.Value}"));
            parts.AddRange(s.Moods.Select(i => $"mood:{s.Sentence.TextOf(i.FirstWord, i.LastWord)}={i.Value}"));
            parts.AddRange(s.Domains.Select(i => $"domain:{s.Sentence.TextOf(i.FirstWord, i.LastWord)}={i.Value}"));
            parts.AddRange(s.Cues.Select(i => $"cue:{s.Sentence.TextOf(i.FirstWord, i.LastWord)}={i.Value}"));
            parts.AddRange(s.FunctionWords.Select(i => $"fn:{s.Sentence.TextOf(i.FirstWord, i.LastWord)}={i.Value}"));
            var quote = s.Sentence.Quote;
            output.WriteLine($"#{s.Index} p{s.Paragraph} {(quote.Length > 90 ? quote[..90] + "…" : quote)}");
            if (parts.Count > 0)
            {
                output.WriteLine("    " + string.Join("  ", parts));
            }
        }

        output.WriteLine("mentions:");
        var mentions = pipeline.ExtractTraced(analysis, line => output.WriteLine("    " + line));
        output.WriteLine("instruments:");
        foreach (var mention in mentions)
        {
            output.WriteLine($"    {mention.PartyKey} {mention.Status.ToGold()} {mention.Date?.ToString() ?? "no date"} {mention.Kind.ToGold()} {mention.Domain.ToGold()} confidence {mention.Confidence:0.00}");
        }

        return ExitCodes.Success;
    }
}
