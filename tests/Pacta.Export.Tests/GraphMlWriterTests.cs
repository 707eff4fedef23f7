using System.Globalization;
using System.Xml.Linq;
using Xunit;

namespace Pacta.Export.Tests;

public sealed class GraphMlWriterTests
{
    private static readonly XNamespace G = GraphMlWriter.Namespace;

    [Fact]
    public async Task WriteAsync_Facts_ParsesBackToTheNetwork()
    {
        var document = XDocument.Load(new MemoryStream(await ExportFacts.WriteAsync(new GraphMlWriter(), ExportFacts.All())));

        var graph = document.Root!.Element(G + "graph")!;
        Assert.Equal("undirected", graph.Attribute("edgedefault")!.Value);
        var nodes = graph.Elements(G + "node").ToDictionary(n => n.Attribute("id")!.Value);
        Assert.Equal(["BLR", "KAZ", "QAT", "RUS", "SRB", "TUR"], nodes.Keys);
        Assert.Equal("9", Data(nodes["KAZ"], "weightedDegree"));
        Assert.Equal("state", Data(nodes["KAZ"], "type"));
        Assert.Equal(9.0, double.Parse(Data(nodes["KAZ"], "betweenness"), CultureInfo.InvariantCulture));

        var edges = graph.Elements(G + "edge")
            .ToDictionary(e => $"{e.Attribute("source")!.Value}-{e.Attribute("target")!.Value}", e => Data(e, "weight"));
        Assert.Equal(6, edges.Count);
        Assert.Equal(("3", "2", "1"), (edges["KAZ-TUR"], edges["KAZ-QAT"], edges["BLR-RUS"]));
    }

    [Fact]
    public async Task WriteAsync_Keys_DeclareEveryDataKeyWithAType()
    {
        var document = XDocument.Load(new MemoryStream(await ExportFacts.WriteAsync(new GraphMlWriter(), ExportFacts.All())));

        var keys = document.Root!.Elements(G + "key").ToDictionary(k => k.Attribute("id")!.Value, k => k.Attribute("attr.type")!.Value);
        var used = document.Descendants(G + "data").Select(d => d.Attribute("key")!.Value).Distinct();
        Assert.All(used, key => Assert.Contains(key, keys.Keys));
        Assert.Equal("double", keys["weight"]);
    }

    [Fact]
    public async Task WriteAsync_Organisation_IsTypedAsOrganization()
    {
        var fact = TestKit.SampleFacts.Fact("kaz-nato", "2023", "KAZ", "NATO");
        var document = XDocument.Load(new MemoryStream(await ExportFacts.WriteAsync(new GraphMlWriter(), [fact])));

        var nato = document.Descendants(G + "node").Single(n => n.Attribute("id")!.Value == "NATO");
        Assert.Equal("organization", Data(nato, "type"));
    }

    private static string Data(XElement owner, string key) =>
        owner.Elements(G + "data").Single(d => d.Attribute("key")!.Value == key).Value;
}
