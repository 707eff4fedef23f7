using System.Globalization;
using System.Xml;

namespace Pacta.Export.Svg;

/// <summary>
/// The few SVG shapes the figures need, over an <see cref="XmlWriter"/> so every text and attribute is escaped by the
/// writer (party names and titles can come from article text). Coordinates are written with two decimals at most.
/// </summary>
public sealed class SvgCanvas(XmlWriter xml)
{
    public const string Namespace = "http://www.w3.org/2000/svg";

    public void Begin(double width, double height, string title)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("svg", Namespace);
        xml.WriteAttributeString("width", Number(width));
        xml.WriteAttributeString("height", Number(height));
        xml.WriteAttributeString("viewBox", $"0 0 {Number(width)} {Number(height)}");
        xml.WriteAttributeString("role", "img");
        xml.WriteAttributeString("font-family", "sans-serif");
        xml.WriteAttributeString("font-size", "12");
        xml.WriteElementString("title", Namespace, title);
        Rectangle(0, 0, width, height, "#ffffff", cssClass: "background");
    }

    public void End()
    {
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>Opens a group; shapes until <see cref="EndGroup"/> belong to it.</summary>
    public void BeginGroup(string cssClass)
    {
        xml.WriteStartElement("g", Namespace);
        xml.WriteAttributeString("class", cssClass);
    }

    public void EndGroup() => xml.WriteEndElement();

    public void Text(double x, double y, string text, string anchor = "start", string? cssClass = null, int? size = null, bool bold = false)
    {
        xml.WriteStartElement("text", Namespace);
        Coordinates(("x", x), ("y", y));
        xml.WriteAttributeString("text-anchor", anchor);
        OptionalAttribute("class", cssClass);
        OptionalAttribute("font-size", size?.ToString(CultureInfo.InvariantCulture));
        OptionalAttribute("font-weight", bold ? "bold" : null);
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    public void Line(double x1, double y1, double x2, double y2, string stroke, string? cssClass = null)
    {
        xml.WriteStartElement("line", Namespace);
        Coordinates(("x1", x1), ("y1", y1), ("x2", x2), ("y2", y2));
        xml.WriteAttributeString("stroke", stroke);
        OptionalAttribute("class", cssClass);
        xml.WriteEndElement();
    }

    public void Rectangle(double x, double y, double width, double height, string fill, string? cssClass = null)
    {
        xml.WriteStartElement("rect", Namespace);
        Coordinates(("x", x), ("y", y), ("width", width), ("height", height));
        xml.WriteAttributeString("fill", fill);
        OptionalAttribute("class", cssClass);
        xml.WriteEndElement();
    }

    /// <summary>A circle with a tooltip (<c>&lt;title&gt;</c>), which viewers show on hover.</summary>
    public void Circle(double x, double y, double radius, string fill, string tooltip, string? cssClass = null)
    {
        xml.WriteStartElement("circle", Namespace);
        Coordinates(("cx", x), ("cy", y), ("r", radius));
        xml.WriteAttributeString("fill", fill);
        OptionalAttribute("class", cssClass);
        xml.WriteElementString("title", Namespace, tooltip);
        xml.WriteEndElement();
    }

    public void Polyline(IEnumerable<(double X, double Y)> points, string stroke, string? cssClass = null)
    {
        xml.WriteStartElement("polyline", Namespace);
        xml.WriteAttributeString("points", string.Join(" ", points.Select(p => $"{Number(p.X)},{Number(p.Y)}")));
        xml.WriteAttributeString("fill", "none");
        xml.WriteAttributeString("stroke", stroke);
        xml.WriteAttributeString("stroke-width", "2");
        OptionalAttribute("class", cssClass);
        xml.WriteEndElement();
    }

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private void Coordinates(params (string Name, double Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
        {
            xml.WriteAttributeString(name, Number(value));
        }
    }

    private void OptionalAttribute(string name, string? value)
    {
        if (value is not null)
        {
            xml.WriteAttributeString(name, value);
        }
    }
}
