using System.Text;
using AngleSharp.Dom;

namespace Pacta.Ingest.Html;

/// <summary>The text of an element as paragraphs: one per block element (p, headings, list items, quotes…),
/// inner white space collapsed, paragraphs separated by a blank line, as in Pacta's plain-text articles. The
/// sentence splitter relies on those breaks; a flat TextContent would glue a heading to the next sentence.</summary>
public static class BlockTextWriter
{
    private static readonly HashSet<string> Blocks = new(
        ["p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
         "blockquote", "pre", "table", "tr", "td", "th", "figure", "address", "hr", "body"],
        StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<string> Paragraphs(INode root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, current, paragraphs);
        Flush(current, paragraphs);
        return paragraphs;
    }

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    current.Append(text.Data);
                    break;
                case IElement { LocalName: "br" }:
                    current.Append(' ');
                    break;
                case IElement { LocalName: "script" or "style" or "noscript" or "template" }:
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    Flush(current, paragraphs);
                    Walk(element, current, paragraphs);
                    Flush(current, paragraphs);
                    break;
                case IElement element:
                    Walk(element, current, paragraphs);
                    break;
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        var text = string.Join(' ', current.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length > 0)
        {
            paragraphs.Add(text);
        }

        current.Clear();
    }
}
