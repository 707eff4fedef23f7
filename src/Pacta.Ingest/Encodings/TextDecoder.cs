using System.Buffers;
using System.Text;

namespace Pacta.Ingest.Encodings;

/// <summary>
/// Decodes bytes to text, in this order: a byte-order mark; the declared charset (HTTP header, meta tag); strict
/// UTF-8; UTF-8 with a few bad bytes replaced (a truncated or corrupted UTF-8 file keeps its article); else the
/// legacy code page that <see cref="LegacyEncodingScorer"/> finds. Binary input is refused, not decoded.
/// </summary>
public static class TextDecoder
{
    /// <summary>NUL and the control bytes <see cref="LooksBinary"/> counts (all but tab, line feed, form feed, return).</summary>
    private static readonly SearchValues<byte> BinaryBytes = SearchValues.Create([.. Enumerable.Range(0, 0x20).Where(b => b is not '\n' and not '\r' and not '\t' and not 0x0C).Select(b => (byte)b)]);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..], "byte-order mark");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodedText.Ok(Encoding.Unicode.GetString(bytes[2..]), "utf-16le", "byte-order mark");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodedText.Ok(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be", "byte-order mark");
        }

        if (LooksBinary(bytes))
        {
            return DecodedText.Failed("binary content, not text");
        }

        var declared = CharsetNames.Resolve(declaredCharset);
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage)
        {
            return DecodedText.Ok(declared.GetString(bytes), declared.WebName, "declared");
        }

        if (TryStrictUtf8(bytes) is { } text)
        {
            // Nearly every file: valid UTF-8, checked and decoded in one pass.
            return DecodedText.Ok(text, "utf-8", declared is null ? "valid UTF-8" : "declared");
        }

        if (declared is not null || IsMostlyUtf8(bytes))
        {
            return DecodeUtf8(bytes, declared is null ? "valid UTF-8" : "declared");
        }

        var detected = LegacyEncodingScorer.Detect(bytes);
        return DecodedText.Ok(detected.GetString(bytes), detected.WebName, "detected");
    }

    /// <summary>Strict UTF-8 when it is valid; else each bad sequence becomes U+FFFD and the reason says how many.</summary>
    private static DecodedText DecodeUtf8(ReadOnlySpan<byte> bytes, string how)
    {
        try
        {
            return DecodedText.Ok(StrictUtf8.GetString(bytes), "utf-8", how);
        }
        catch (DecoderFallbackException)
        {
            var (_, invalid) = CountUtf8(bytes);
            return DecodedText.Ok(Encoding.UTF8.GetString(bytes), "utf-8", how, $"invalid UTF-8: {invalid} bad byte sequence(s) replaced by U+FFFD");
        }
    }

    /// <summary>The text when the bytes are valid UTF-8, else null. Decoded into a pooled buffer and copied: checking
    /// first and then decoding read every byte three times (check, count, decode).</summary>
    private static string? TryStrictUtf8(ReadOnlySpan<byte> bytes)
    {
        // A UTF-8 byte never makes more than one UTF-16 unit.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes, buffer, out _, out var written, replaceInvalidSequences: false);
            return status == OperationStatus.Done ? new string(buffer, 0, written) : null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Valid UTF-8, or more valid multi-byte characters than bad sequences: a legacy page almost never
    /// forms valid multi-byte UTF-8 by chance.</summary>
    private static bool IsMostlyUtf8(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            // Nearly every file: one vectorized check instead of decoding each character to count (no bad sequence).
            return true;
        }

        var (multiByte, invalid) = CountUtf8(bytes);
        return invalid == 0 || multiByte > invalid;
    }

    private static (int MultiByte, int Invalid) CountUtf8(ReadOnlySpan<byte> bytes)
    {
        var multiByte = 0;
        var invalid = 0;
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                multiByte += consumed > 1 ? 1 : 0;
            }
            else
            {
                invalid++;
            }

            bytes = bytes[Math.Max(consumed, 1)..];
        }

        return (multiByte, invalid);
    }

    /// <summary>NUL bytes, or many control characters, in the first 8 KB: an image, an archive, an executable.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (!sample.ContainsAny(BinaryBytes))
        {
            // Text: no NUL and no control byte at all, found by one vectorized search instead of a loop.
            return false;
        }

        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            controls += b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C ? 1 : 0;
        }

        return controls * 20 > sample.Length;
    }
}
