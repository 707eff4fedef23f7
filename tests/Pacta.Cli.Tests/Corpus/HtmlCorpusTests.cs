using System.Text.Json;
using Pacta.Cli.Commands;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Cli.Tests.Corpus;

/// <summary>The saved web pages of ../shared/corpus/html give the same agreements as the gold JSON documents of
/// the same ids (the page reader loses nothing the extractor needs). Skipped without the shared corpus.</summary>
public sealed class HtmlCorpusTests
{
    [SkippableFact]
    public void Extract_SharedPages_FindTheSameAgreementsAsTheirJsonDocuments()
    {
        var pages = Path.Combine(RepoPaths.SharedCorpus, "html");
        Skip.IfNot(Directory.Exists(pages), $"{pages} is not here.");
        var ids = Directory.EnumerateFiles(pages, "*.html").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        var jsons = ids.Select(id => Path.Combine(RepoPaths.SharedCorpus, "dev", $"{id}.json")).ToArray();
        Skip.IfNot(jsons.All(File.Exists), "some pages have no gold document.");

        var fromPages = Agreements(ids.Select(id => Path.Combine(pages, $"{id}.html")).ToArray());
        var fromJson = Agreements(jsons);

        Assert.Equal(ids.Count, fromPages.Count);
        Assert.Equal(fromJson, fromPages);
    }

    /// <summary>Per document, in order: each agreement as parties, status, date and place.</summary>
    private static List<string> Agreements(string[] paths)
    {
        var output = new StringWriter();
        var code = ExtractCommand.Run(paths, OutputFormat.Jsonl, 0, null, null, output, new StringWriter());
        Assert.Equal(ExitCodes.Success, code);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("agreements"))
            .Select(list => string.Join(" | ", list.EnumerateArray().Select(a =>
                $"{string.Join('-', a.GetProperty("parties").EnumerateArray().Select(p => p.GetString()))} {a.GetProperty("status")} {a.GetProperty("date")} {a.GetProperty("place")}")))
            .ToList();
    }
}
