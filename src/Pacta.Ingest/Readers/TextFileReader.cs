using Pacta.Core.Model;

namespace Pacta.Ingest.Readers;

/// <summary>A plain-text article: the whole file is the text; its path is its id. Title, byline and date are
/// read from the text by the pipeline.</summary>
public sealed class TextFileReader
{
    public ReadResult Read(string path, byte[] bytes)
    {
        if (!TextDecoder.TryDecode(bytes, out var text, out var error))
        {
            return ReadResult.Failed(path, error!);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadResult.Failed(path, "empty file");
        }

        return ReadResult.Ok(path, new Document(path, path, Normalize(text)));
    }

    /// <summary>One newline convention and NFC, so spans mean the same characters everywhere.</summary>
    internal static string Normalize(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Normalize(System.Text.NormalizationForm.FormC);
}
