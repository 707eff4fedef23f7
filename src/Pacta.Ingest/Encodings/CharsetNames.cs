using System.Text;

namespace Pacta.Ingest.Encodings;

/// <summary>Turns a declared charset name (HTTP header, meta tag, XML declaration) into an encoding, legacy code
/// pages included. An unknown name gives null, so detection takes over instead of decoding with a guess.</summary>
public static class CharsetNames
{
    static CharsetNames() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding? Resolve(string? name)
    {
        var cleaned = name?.Trim().Trim('"', '\'').ToLowerInvariant();
        if (string.IsNullOrEmpty(cleaned))
        {
            return null;
        }

        // Browsers read these labels as Windows-1252 (WHATWG Encoding Standard); so do we.
        if (cleaned is "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii")
        {
            cleaned = "windows-1252";
        }

        try
        {
            return Encoding.GetEncoding(cleaned);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The charset parameter of a Content-Type value (<c>text/html; charset=koi8-r</c>), if any.</summary>
    public static string? FromContentType(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        foreach (var part in contentType.Split(';'))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length == 2 && pair[0].Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                return pair[1].Trim('"', '\'');
            }
        }

        return null;
    }
}
