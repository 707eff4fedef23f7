using System.Xml;
using Pacta.Core.Analytics;

namespace Pacta.Export;

/// <summary>
/// GEXF 1.2 (https://gexf.net), Gephi's own format, of the agreement network: undirected, node id and label = party
/// code, node attributes type, degree, weightedDegree, betweenness; edge weight = agreements of the dyad. Version 1.2
/// rather than 1.3 because every Gephi 0.9 and networkx read it.
/// </summary>
public sealed class GexfWriter : IExportWriter
{
    public const string Namespace = "http://www.gexf.net/1.2draft";

    private static readonly (string Id, string Type)[] NodeAttributes =
    [
        ("type", "string"),
        ("degree", "integer"),
        ("weightedDegree", "integer"),
        ("betweenness", "double"),
    ];

    public ExportFormat Format => ExportFormat.Gexf;

    public string FileExtension => ".gexf";

    public async Task WriteAsync(IReadOnlyCollection<PartnershipFact> facts, Stream output, CancellationToken cancellationToken = default)
    {
        var network = new AgreementNetworkBuilder().Build(facts, Period.AllTime);
        await using var xml = XmlOutput.Create(output);
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Namespace);
        xml.WriteAttributeString("version", "1.2");
        xml.WriteStartElement("meta", Namespace);
        xml.WriteElementString("creator", Namespace, "Pacta");
        xml.WriteElementString("description", Namespace, "Defense cooperation agreements: edge weight = agreements of the pair");
        xml.WriteEndElement();

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("mode", "static");
        xml.WriteAttributeString("defaultedgetype", "undirected");
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", "node");
        foreach (var (id, type) in NodeAttributes)
        {
            xml.WriteStartElement("attribute", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("title", id);
            xml.WriteAttributeString("type", type);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("nodes", Namespace);
        foreach (var node in network.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", node.Party.Value);
            xml.WriteAttributeString("label", node.Party.Value);
            xml.WriteStartElement("attvalues", Namespace);
            WriteValue(xml, "type", NodeTypeNames.Of(node.Party));
            WriteValue(xml, "degree", XmlConvert.ToString(node.Degree));
            WriteValue(xml, "weightedDegree", XmlConvert.ToString(node.WeightedDegree));
            WriteValue(xml, "betweenness", XmlConvert.ToString(node.Betweenness));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("edges", Namespace);
        for (var i = 0; i < network.Edges.Count; i++)
        {
            var edge = network.Edges[i];
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", XmlConvert.ToString(i));
            xml.WriteAttributeString("source", edge.Dyad.First.Value);
            xml.WriteAttributeString("target", edge.Dyad.Second.Value);
            xml.WriteAttributeString("weight", XmlConvert.ToString((double)edge.Agreements));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        await xml.FlushAsync();
    }

    private static void WriteValue(XmlWriter xml, string attribute, string value)
    {
        xml.WriteStartElement("attvalue", Namespace);
        xml.WriteAttributeString("for", attribute);
        xml.WriteAttributeString("value", value);
        xml.WriteEndElement();
    }
}
