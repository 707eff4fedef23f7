using Pacta.Core.Model;
using Pacta.Core.Text;
using Pacta.Ingest.Encodings;

namespace Pacta.Ingest.Readers;

/// <summary>A plain-text article: the whole file is the text; its path is its id. Title, byline and date are
/// read from the text by the pipeline.</summary>
public sealed class TextFileReader
{
    public ReadResult Read(string path, byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is null)
        {
            return ReadResult.Skipped(path, decoded.Error!);
        }

        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            return ReadResult.Skipped(path, "no text (only white space)");
        }

        return ReadResult.Ok(path, new Document(path, path, Normalize(decoded.Text)), decoded.Warning);
    }

    /// <summary>One newline convention and NFC, so spans mean the same characters everywhere. Most texts hold no
    /// carriage return: one search tells, instead of one per replacement.</summary>
    internal static string Normalize(string text) =>
        Nfc.Normalize(text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text);
}
