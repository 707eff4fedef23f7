using System.Xml;
using Pacta.Core.Analytics;

namespace Pacta.Export;

/// <summary>
/// GraphML (http://graphml.graphdrawing.org) of the agreement network, undirected, as igraph's <c>read_graph(...,
/// format = "graphml")</c>, networkx and Gephi read it: node id = party code, node data label, type, degree,
/// weightedDegree, betweenness; edge data weight = agreements of the dyad.
/// </summary>
public sealed class GraphMlWriter : IExportWriter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Type)[] Keys =
    [
        ("label", "node", "string"),
        ("type", "node", "string"),
        ("degree", "node", "int"),
        ("weightedDegree", "node", "int"),
        ("betweenness", "node", "double"),
        ("weight", "edge", "double"),
    ];

    public ExportFormat Format => ExportFormat.GraphMl;

    public string FileExtension => ".graphml";

    public async Task WriteAsync(IReadOnlyCollection<PartnershipFact> facts, Stream output, CancellationToken cancellationToken = default)
    {
        var network = new AgreementNetworkBuilder().Build(facts, Period.AllTime);
        await using var xml = XmlOutput.Create(output);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        foreach (var (id, owner, type) in Keys)
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", owner);
            xml.WriteAttributeString("attr.name", id);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "agreements");
        xml.WriteAttributeString("edgedefault", "undirected");
        foreach (var node in network.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", node.Party.Value);
            WriteData(xml, "label", node.Party.Value);
            WriteData(xml, "type", NodeTypeNames.Of(node.Party));
            WriteData(xml, "degree", XmlConvert.ToString(node.Degree));
            WriteData(xml, "weightedDegree", XmlConvert.ToString(node.WeightedDegree));
            WriteData(xml, "betweenness", XmlConvert.ToString(node.Betweenness));
            xml.WriteEndElement();
        }

        for (var i = 0; i < network.Edges.Count; i++)
        {
            var edge = network.Edges[i];
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", $"e{i}");
            xml.WriteAttributeString("source", edge.Dyad.First.Value);
            xml.WriteAttributeString("target", edge.Dyad.Second.Value);
            WriteData(xml, "weight", XmlConvert.ToString(edge.Agreements));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        await xml.FlushAsync();
    }

    private static void WriteData(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
