using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Pacta.Core.Analytics;
using Pacta.Core.Model;
using Pacta.Export.Svg;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Export.Tests.Svg;

public sealed class PartnerChartSvgWriterTests
{
    private static readonly XNamespace S = SvgCanvas.Namespace;
    private static readonly PartyCode Kazakhstan = new("KAZ");

    [Fact]
    public async Task WriteAsync_Kazakhstan_DrawsRowsTiesAndBothConcentrationSeries()
    {
        var svg = await DrawAsync(Kazakhstan, ExportFacts.All());

        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.Equal("Defense partners of KAZ, 2022–2023", svg.Root.Element(S + "title")!.Value);
        var rows = Groups(svg, "partner-row");
        Assert.Equal(["TUR", "RUS", "QAT", "BLR", "SRB"], rows.Select(r => r.Element(S + "text")!.Value));

        // TUR: 2022 (two) and 2023 (one); the QAT row holds its two 2023 agreements in one dot.
        Assert.Equal(2, rows[0].Elements(S + "circle").Count());
        Assert.Equal("QAT, 2023: 2 agreements", rows[2].Element(S + "circle")!.Element(S + "title")!.Value);

        // 2022: TUR 2, RUS 1 → 5/9; 2023: QAT 2, SRB, TUR, RUS, BLR 1 each → 8/36.
        var hhi = Assert.Single(Groups(svg, "hhi"));
        Assert.Equal(["2022: 0.556", "2023: 0.222"], hhi.Elements(S + "circle").Select(c => c.Element(S + "title")!.Value));
        var effective = Assert.Single(Groups(svg, "effective-partners"));
        Assert.Equal(2, effective.Element(S + "polyline")!.Attribute("points")!.Value.Split(' ').Length);
        Assert.Equal(["2022", "2023"], Groups(svg, "year-axis")[0].Elements(S + "text").Select(t => t.Value));
    }

    [Fact]
    public async Task WriteAsync_Legend_ShowsTheBlocsDrawn()
    {
        var svg = await DrawAsync(Kazakhstan, ExportFacts.All());

        var legend = Assert.Single(Groups(svg, "legend"));
        Assert.Equal(["russia", "nato", "csto", "gcc", "others"], legend.Elements(S + "text").Select(t => t.Value));
    }

    [Fact]
    public async Task WriteAsync_ManyPartners_GroupsTheRestInOneRow()
    {
        var partners = new[] { "AAA", "BBB", "CCC", "DDD", "EEE", "FFF" };
        var facts = partners.Select((p, i) => SampleFacts.Fact($"f{i}", $"{2000 + i}", "KAZ", p)).ToArray();

        var svg = await DrawAsync(Kazakhstan, facts, maxPartnerRows: 4);

        var labels = Groups(svg, "partner-row").Select(r => r.Element(S + "text")!.Value).ToArray();
        Assert.Equal(4, labels.Length);
        Assert.Equal("3 other partners", labels[^1]);
    }

    [Fact]
    public async Task WriteAsync_MarkupInABlocName_StaysText()
    {
        // Bloc names come from an editable data file: the legend must show them as text, never as markup.
        const string Hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        var blocs = BlocCatalog.Read(new MemoryStream(Encoding.UTF8.GetBytes($"member\tbloc\nTUR\t{Hostile}\n")), "hostile.tsv");
        using var output = new MemoryStream();

        await new PartnerChartSvgWriter(blocs).WriteAsync(Kazakhstan, [SampleFacts.Fact("a", "2023", "KAZ", "TUR")], output);

        var svg = XDocument.Parse(Encoding.UTF8.GetString(output.ToArray()));
        Assert.Contains(svg.Descendants(S + "text"), t => t.Value == Hostile);
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName is "script" or "img" or "foreignObject");
        Assert.DoesNotContain(svg.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WriteAsync_NoDatedAgreements_SaysSo()
    {
        var svg = await DrawAsync(Kazakhstan, [SampleFacts.Fact("undated", null, "KAZ", "TUR")]);

        Assert.Contains("no dated agreements", svg.Descendants(S + "text").Single().Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_LongSpan_LabelsEveryFifthYear()
    {
        var facts = new[] { SampleFacts.Fact("a", "1981", "KAZ", "TUR"), SampleFacts.Fact("b", "2010", "KAZ", "RUS") };

        var svg = await DrawAsync(Kazakhstan, facts);

        Assert.Equal(
            ["1985", "1990", "1995", "2000", "2005", "2010"],
            Groups(svg, "year-axis")[0].Elements(S + "text").Select(t => t.Value));
        Assert.All(
            svg.Descendants(S + "circle").Select(c => double.Parse(c.Attribute("cx")!.Value, CultureInfo.InvariantCulture)),
            x => Assert.InRange(x, 150, 820));
    }

    private static async Task<XDocument> DrawAsync(PartyCode state, IReadOnlyCollection<PartnershipFact> facts, int maxPartnerRows = 15)
    {
        using var output = new MemoryStream();
        await new PartnerChartSvgWriter(BlocCatalog.Default, maxPartnerRows).WriteAsync(state, facts, output);
        output.Position = 0;
        return XDocument.Load(output);
    }

    private static XElement[] Groups(XDocument svg, string cssClass) =>
        svg.Descendants(S + "g").Where(g => g.Attribute("class")?.Value == cssClass).ToArray();
}
