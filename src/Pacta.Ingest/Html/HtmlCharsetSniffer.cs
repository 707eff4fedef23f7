using System.Text;
using System.Text.RegularExpressions;

namespace Pacta.Ingest.Html;

/// <summary>The charset a page declares in its first bytes (<c>&lt;meta charset&gt;</c>, the http-equiv form, or an
/// XML declaration), read before decoding as browsers do.</summary>
public static partial class HtmlCharsetSniffer
{
    private const int PrescanBytes = 2048;

    public static string? Find(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var match = MetaCharset().Match(head);
        if (match.Success)
        {
            return match.Groups[1].Value;
        }

        match = XmlEncoding().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([\w:.-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex XmlEncoding();
}
