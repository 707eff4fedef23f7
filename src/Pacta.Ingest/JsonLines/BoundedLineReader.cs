using System.Buffers;

namespace Pacta.Ingest.JsonLines;

/// <summary>Reads a stream line by line as bytes, never holding more than one line of at most the limit: a line
/// over the limit is consumed and reported as too long, not buffered (a 100 MB line costs no 100 MB).</summary>
internal sealed class BoundedLineReader(Stream stream, long maxLineBytes)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly ArrayBufferWriter<byte> _line = new();
    private int _position;
    private int _length;

    /// <summary>The next line without its end (<c>\n</c> or <c>\r\n</c>), or false at the end of the stream.
    /// <paramref name="tooLong"/> is set, and <paramref name="line"/> empty, for a line over the limit.</summary>
    public bool TryReadLine(out ReadOnlyMemory<byte> line, out bool tooLong)
    {
        _line.ResetWrittenCount();
        tooLong = false;
        var any = false;
        while (true)
        {
            if (_position == _length)
            {
                _length = stream.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_length == 0)
                {
                    line = tooLong ? ReadOnlyMemory<byte>.Empty : TrimCarriageReturn(_line.WrittenMemory);
                    return any;
                }
            }

            any = true;
            var available = _buffer.AsSpan(_position, _length - _position);
            var end = available.IndexOf((byte)'\n');
            var chunk = end < 0 ? available : available[..end];
            _position += end < 0 ? chunk.Length : chunk.Length + 1;
            if (!tooLong && _line.WrittenCount + chunk.Length > maxLineBytes)
            {
                tooLong = true;
                _line.ResetWrittenCount();
            }

            if (!tooLong)
            {
                _line.Write(chunk);
            }

            if (end >= 0)
            {
                line = tooLong ? ReadOnlyMemory<byte>.Empty : TrimCarriageReturn(_line.WrittenMemory);
                return true;
            }
        }
    }

    private static ReadOnlyMemory<byte> TrimCarriageReturn(ReadOnlyMemory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;
}
