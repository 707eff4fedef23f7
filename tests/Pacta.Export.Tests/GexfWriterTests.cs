using System.Globalization;
using System.Xml.Linq;
using Xunit;

namespace Pacta.Export.Tests;

public sealed class GexfWriterTests
{
    private static readonly XNamespace G = GexfWriter.Namespace;

    [Fact]
    public async Task WriteAsync_Facts_ParsesBackToTheNetwork()
    {
        var document = XDocument.Load(new MemoryStream(await ExportFacts.WriteAsync(new GexfWriter(), ExportFacts.All())));

        Assert.Equal("1.2", document.Root!.Attribute("version")!.Value);
        var graph = document.Root.Element(G + "graph")!;
        Assert.Equal("undirected", graph.Attribute("defaultedgetype")!.Value);
        var attributes = graph.Element(G + "attributes")!.Elements(G + "attribute").Select(a => a.Attribute("id")!.Value).ToArray();

        var nodes = graph.Element(G + "nodes")!.Elements(G + "node").ToDictionary(n => n.Attribute("id")!.Value);
        Assert.Equal(["BLR", "KAZ", "QAT", "RUS", "SRB", "TUR"], nodes.Keys);
        var kazakhstan = nodes["KAZ"].Element(G + "attvalues")!.Elements(G + "attvalue")
            .ToDictionary(v => v.Attribute("for")!.Value, v => v.Attribute("value")!.Value);
        Assert.Equal(attributes, kazakhstan.Keys);
        Assert.Equal(("5", "9"), (kazakhstan["degree"], kazakhstan["weightedDegree"]));

        var edges = graph.Element(G + "edges")!.Elements(G + "edge").ToArray();
        Assert.Equal(6, edges.Length);
        Assert.Equal(edges.Length, edges.Select(e => e.Attribute("id")!.Value).Distinct().Count());
        var weights = edges.ToDictionary(
            e => $"{e.Attribute("source")!.Value}-{e.Attribute("target")!.Value}",
            e => double.Parse(e.Attribute("weight")!.Value, CultureInfo.InvariantCulture));
        Assert.Equal(10.0, weights.Values.Sum());
        Assert.Equal(3.0, weights["KAZ-TUR"]);
        Assert.All(edges, e => Assert.Contains(e.Attribute("target")!.Value, nodes.Keys));
    }
}
