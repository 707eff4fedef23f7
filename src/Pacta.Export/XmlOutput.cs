using System.Text;
using System.Xml;

namespace Pacta.Export;

/// <summary>
/// How every XML export (GraphML, GEXF, SVG) is written: UTF-8 without a byte-order mark, indented, the stream left
/// open. XmlWriter escapes every text and attribute value, which is what keeps article text inert in these files.
/// </summary>
public static class XmlOutput
{
    public static XmlWriter Create(Stream output) => XmlWriter.Create(output, new XmlWriterSettings
    {
        Async = true,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        CloseOutput = false,
    });
}
