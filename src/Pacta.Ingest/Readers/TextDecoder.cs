using System.Text;

namespace Pacta.Ingest.Readers;

/// <summary>
/// Decodes bytes to text: a byte-order mark wins; otherwise strict UTF-8, and Windows-1252 when the bytes are not
/// valid UTF-8 (more encodings come with the ingestion issue). Binary input is refused, not decoded.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static bool TryDecode(byte[] bytes, out string text, out string? error)
    {
        error = null;
        text = "";
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return TryStrict(bytes.AsSpan(3), out text, out error);
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            text = encoding.GetString(bytes, 2, bytes.Length - 2);
            return true;
        }

        if (LooksBinary(bytes))
        {
            error = "binary content, not text";
            return false;
        }

        if (TryStrict(bytes, out text, out _))
        {
            return true;
        }

        text = Windows1252.GetString(bytes);
        return true;
    }

    private static bool TryStrict(ReadOnlySpan<byte> bytes, out string text, out string? error)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            error = null;
            return true;
        }
        catch (DecoderFallbackException e)
        {
            text = "";
            error = $"invalid UTF-8 at byte {e.Index}";
            return false;
        }
    }

    private static bool LooksBinary(byte[] bytes)
    {
        var sample = Math.Min(bytes.Length, 8192);
        var zeros = 0;
        for (var i = 0; i < sample; i++)
        {
            zeros += bytes[i] == 0 ? 1 : 0;
        }

        return zeros > 0;
    }
}
