using AngleSharp.Html.Parser;
using Pacta.Ingest.Html;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Ingest.Tests.Html;

/// <summary>The saved web pages of ../shared/corpus/html against the gold documents of the same ids: every
/// paragraph of the gold text is found in what is read from the page, and no navigation, related link, comment
/// or cookie text is. Skipped when the shared corpus is absent (a bare clone).</summary>
public sealed class SharedCorpusPageTests
{
    private static string Pages => Path.Combine(RepoPaths.SharedCorpus, "html");

    public static TheoryData<string> PageIds()
    {
        var ids = new TheoryData<string>();
        foreach (var page in Directory.Exists(Pages) ? Directory.EnumerateFiles(Pages, "*.html").Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
        {
            ids.Add(Path.GetFileNameWithoutExtension(page));
        }

        if (ids.Count == 0)
        {
            ids.Add("(no shared corpus)");
        }

        return ids;
    }

    [SkippableTheory]
    [MemberData(nameof(PageIds))]
    public void Read_SharedPage_HasEveryGoldParagraphAndNoBoilerplate(string id)
    {
        var page = Path.Combine(Pages, $"{id}.html");
        var gold = Path.Combine(RepoPaths.SharedCorpus, "dev", $"{id}.json");
        Skip.IfNot(File.Exists(page) && File.Exists(gold), $"{RepoPaths.SharedCorpus} is not here: the shared pages are read only where they are.");

        var bytes = File.ReadAllBytes(page);
        var read = new HtmlArticleReader().Read(page, bytes).Document!;
        var goldText = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(gold)).RootElement.GetProperty("text").GetString()!;

        foreach (var paragraph in goldText.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            Assert.Contains(Collapse(paragraph), Collapse(read.Text), StringComparison.Ordinal);
        }

        foreach (var boilerplate in BoilerplateTexts(System.Text.Encoding.UTF8.GetString(bytes)))
        {
            Assert.DoesNotContain(boilerplate, Collapse(read.Text), StringComparison.Ordinal);
        }
    }

    /// <summary>The texts of the page's navigation, related links, comments, cookie banner and footer (long enough
    /// not to occur by chance in the article).</summary>
    private static IEnumerable<string> BoilerplateTexts(string html)
    {
        var page = new HtmlParser().ParseDocument(html);
        return page.QuerySelectorAll("nav li, .related li, .comments p, [class*=cookie] p, footer p, .ticker a, aside p")
            .Select(e => Collapse(e.TextContent))
            .Where(t => t.Length >= 20);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
