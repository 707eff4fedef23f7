using System.Buffers.Binary;
using System.IO.Compression;

namespace Pacta.Ingest.Readers;

/// <summary>
/// A gzip file, decompressed as it is read, that throws <see cref="InvalidDataException"/> at its end when the file
/// was cut short. .NET's GZipStream does not: it just ends early, which would silently drop the tail of an
/// archive. The check compares the gzip trailer's size field (the last four bytes: the last member's size mod
/// 2^32) with what came out: equal for a single member; smaller for a file of several members such as WARC.gz.
/// A cut file ends in compressed data instead, whose four bytes almost never pass.
/// </summary>
internal sealed class CheckedGzipStream : Stream
{
    private readonly Stream _file;
    private readonly GZipStream _gzip;
    private readonly uint _trailerSize;
    private readonly bool _hasTrailer;
    private long _produced;

    public CheckedGzipStream(Stream file)
    {
        _file = file;
        Span<byte> trailer = stackalloc byte[4];
        _hasTrailer = file.Length >= 18;
        if (_hasTrailer)
        {
            file.Seek(-4, SeekOrigin.End);
            file.ReadExactly(trailer);
            _trailerSize = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
            file.Seek(0, SeekOrigin.Begin);
        }

        _gzip = new GZipStream(file, CompressionMode.Decompress);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _produced; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = _gzip.Read(buffer);
        _produced += read;
        if (read == 0 && buffer.Length > 0)
        {
            var whole = _hasTrailer && ((uint)_produced == _trailerSize || (_trailerSize > 0 && _trailerSize < _produced));
            if (!whole)
            {
                throw new InvalidDataException($"truncated or corrupt gzip: it ends after {_produced:N0} bytes without a valid trailer");
            }
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gzip.Dispose();
            _file.Dispose();
        }

        base.Dispose(disposing);
    }
}
