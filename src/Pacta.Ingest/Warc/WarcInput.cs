using System.Text;

namespace Pacta.Ingest.Warc;

/// <summary>A forward-only byte reader over a WARC stream with header lines, bulk reads, skips and one
/// push-back (to resume at a record found inside a block whose declared length was too long).</summary>
internal sealed class WarcInput(Stream stream)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _position;
    private int _length;
    private byte[] _pushback = [];
    private int _pushbackPosition;

    /// <summary>Bytes consumed so far (for messages that name a record by its offset).</summary>
    public long Offset { get; private set; }

    /// <summary>The next line (ASCII/UTF-8) without CRLF, null at the end; at most <paramref name="max"/>
    /// bytes are kept of an overlong line.</summary>
    public string? ReadLine(int max = 16 * 1024)
    {
        var bytes = new List<byte>();
        var any = false;
        int b;
        while ((b = ReadByte()) >= 0)
        {
            any = true;
            if (b == '\n')
            {
                break;
            }

            if (bytes.Count < max)
            {
                bytes.Add((byte)b);
            }
        }

        if (!any)
        {
            return null;
        }

        return Encoding.UTF8.GetString(bytes.ToArray()).TrimEnd('\r');
    }

    public int ReadByte()
    {
        if (_pushbackPosition < _pushback.Length)
        {
            Offset++;
            return _pushback[_pushbackPosition++];
        }

        if (_position == _length && !Fill())
        {
            return -1;
        }

        Offset++;
        return _buffer[_position++];
    }

    /// <summary>Fills <paramref name="into"/> as far as the stream allows; returns how many bytes were read.</summary>
    public int ReadBlock(Span<byte> into)
    {
        var total = 0;
        while (total < into.Length)
        {
            if (_pushbackPosition < _pushback.Length)
            {
                var fromPushback = Math.Min(into.Length - total, _pushback.Length - _pushbackPosition);
                _pushback.AsSpan(_pushbackPosition, fromPushback).CopyTo(into[total..]);
                _pushbackPosition += fromPushback;
                total += fromPushback;
                continue;
            }

            if (_position == _length && !Fill())
            {
                break;
            }

            var count = Math.Min(into.Length - total, _length - _position);
            _buffer.AsSpan(_position, count).CopyTo(into[total..]);
            _position += count;
            total += count;
        }

        Offset += total;
        return total;
    }

    /// <summary>Discards up to <paramref name="count"/> bytes in buffer-sized steps; returns how many there were.</summary>
    public long Skip(long count)
    {
        var scratch = new byte[8192];
        var skipped = 0L;
        while (skipped < count)
        {
            var read = ReadBlock(scratch.AsSpan(0, (int)Math.Min(scratch.Length, count - skipped)));
            if (read == 0)
            {
                break;
            }

            skipped += read;
        }

        return skipped;
    }

    /// <summary>Makes <paramref name="bytes"/> the next bytes read.</summary>
    public void Unread(ReadOnlySpan<byte> bytes)
    {
        var rest = _pushback.AsSpan(_pushbackPosition);
        _pushback = [.. bytes, .. rest];
        _pushbackPosition = 0;
        Offset -= bytes.Length;
    }

    private bool Fill()
    {
        _length = stream.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}
