namespace Pacta.Ingest.Readers;

/// <summary>
/// Opens one input file: checks it exists, is readable, is not empty and (when it is one article) not over the
/// size limit, undoes gzip, and tells its format. Failures come back as a result with a reason, not as exceptions.
/// </summary>
internal sealed record InputFile(Stream? Stream, InputFormat Format, ReadResult? Problem)
{
    private static readonly byte[] GzipMagic = [0x1F, 0x8B];

    /// <summary>No FileStream buffer: every reader reads in large blocks of its own (a whole article at once, or
    /// 64 KB for JSON Lines and WARC), so a 64 KB buffer per file would only be allocated and copied through.</summary>
    private const int Unbuffered = 1;

    /// <summary>The path that names standard input: <c>cat article.txt | pacta extract -</c>.</summary>
    public const string StandardInput = "-";

    /// <summary>The whole file, already read, when it is one article (or one feed) by its extension and within the
    /// size limit; <see cref="Stream"/> is then null.</summary>
    public byte[]? Bytes { get; init; }

    public static InputFile Open(string path, ReaderOptions options)
    {
        // Opened at once, not after asking whether the file exists: a folder of articles is read file by file, and
        // the extra look-up was a tenth of reading one. A missing path or a folder is told apart when opening fails.
        try
        {
            var byExtension = FormatSniffer.FromExtension(path);
            if (path != StandardInput && byExtension is InputFormat.Text or InputFormat.Html or InputFormat.Feed
                && ReadWhole(path, byExtension, options) is { } whole)
            {
                return whole;
            }

            Stream source = path == StandardInput
                ? InMemory(Console.OpenStandardInput())
                : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, Unbuffered);
            if (!source.CanSeek)
            {
                // A pipe ("<(zcat feed.gz)", /dev/stdin): read whole, so it can be sniffed and rewound like a file.
                source = InMemory(source);
            }

            if (source.Length == 0)
            {
                source.Dispose();
                return Fail(ReadResult.Skipped(path, "empty file"));
            }

            var gzipped = StartsWithGzipMagic(source);
            var format = byExtension;
            var streamed = format is InputFormat.JsonLines or InputFormat.Warc;
            var length = source.Length;
            if (!gzipped && !streamed && format != InputFormat.Unknown && length > options.MaxDocumentBytes)
            {
                source.Dispose();
                return Fail(ReadResult.Skipped(path, $"{length:N0} bytes is over the {options.MaxDocumentBytes:N0}-byte limit for one article (raise it with --max-size)"));
            }

            Stream stream = gzipped ? new CheckedGzipStream(source) : source;
            if (format == InputFormat.Unknown)
            {
                (stream, format) = Sniff(path, stream, source, gzipped);
            }

            return new InputFile(stream, format, null);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Fail(ReadResult.Failed(path, "no such file or folder"));
        }
        catch (UnauthorizedAccessException) when (Directory.Exists(path))
        {
            return Fail(ReadResult.Failed(path, "folder given where a file was expected"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return Fail(ReadResult.Failed(path, $"cannot read: {e.Message}"));
        }
    }

    /// <summary>
    /// A file that is one article (or one feed) by its extension, read whole by one system call at the length the file
    /// has when opened, as <see cref="File.ReadAllBytes"/> reads it: through a stream, with a probe for the gzip magic
    /// and one for the end of the file, it took twelve system calls instead of seven, a tenth of reading a folder of
    /// articles. Null when the file is over the size limit: the streamed path then skips it, or reads it through gzip
    /// up to the limit.
    /// </summary>
    private static InputFile? ReadWhole(string path, InputFormat format, ReaderOptions options)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = RandomAccess.GetLength(handle);
        if (length > options.MaxDocumentBytes || length > Array.MaxLength)
        {
            return null;
        }

        if (length == 0)
        {
            return Fail(ReadResult.Skipped(path, "empty file"));
        }

        // Every byte is read over at once: the array need not be cleared first.
        var bytes = GC.AllocateUninitializedArray<byte>((int)length);
        var read = 0;
        int last;
        while (read < bytes.Length && (last = RandomAccess.Read(handle, bytes.AsSpan(read), read)) > 0)
        {
            read += last;
        }

        if (read < bytes.Length)
        {
            // It shrank while read.
            bytes = bytes[..read];
        }

        return bytes.AsSpan().StartsWith(GzipMagic)
            ? new InputFile(new CheckedGzipStream(new MemoryStream(bytes, writable: false)), format, null)
            : new InputFile(null, format, null) { Bytes = bytes };
    }

    /// <summary>Reads to the end, but stops at one byte over <paramref name="limit"/> (the caller then skips).</summary>
    public static byte[] ReadAtMost(Stream stream, long limit)
    {
        if (stream.CanSeek && ReadKnownLength(stream, limit) is { } whole)
        {
            return whole;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while (buffer.Length <= limit && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>A file of known length (the usual case) read into one array of that size, with no chunk and no
    /// growing copy; null when the file turns out longer than its length said (it grew while read), and the caller
    /// reads it in chunks from the start.</summary>
    private static byte[]? ReadKnownLength(Stream stream, long limit)
    {
        var start = stream.Position;
        var expected = (int)Math.Min(Math.Min(stream.Length - start, limit + 1), Array.MaxLength);
        var bytes = new byte[expected];
        var read = stream.ReadAtLeast(bytes, expected, throwOnEndOfStream: false);
        if (read < expected)
        {
            return bytes[..read];
        }

        Span<byte> probe = stackalloc byte[1];
        if (expected > limit || stream.Read(probe) == 0)
        {
            return bytes;
        }

        stream.Position = start;
        return null;
    }

    /// <summary>Only the gzip magic, read where it lies in a file without moving the stream (the format sniffer reads
    /// its own head when it is needed).</summary>
    private static bool StartsWithGzipMagic(Stream source)
    {
        Span<byte> head = stackalloc byte[2];
        int length;
        if (source is FileStream file)
        {
            length = RandomAccess.Read(file.SafeFileHandle, head, fileOffset: 0);
        }
        else
        {
            length = source.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            source.Position = 0;
        }

        return head[..length].SequenceEqual(GzipMagic);
    }

    /// <summary>A stream that cannot seek, copied into memory (and closed).</summary>
    private static MemoryStream InMemory(Stream stream)
    {
        using (stream)
        {
            var memory = new MemoryStream();
            stream.CopyTo(memory);
            memory.Position = 0;
            return memory;
        }
    }

    /// <summary>The format from the first (decompressed) bytes; a gzip stream cannot rewind, so it is opened again
    /// over the file, or over the same bytes in memory.</summary>
    private static (Stream Stream, InputFormat Format) Sniff(string path, Stream stream, Stream source, bool gzipped)
    {
        var head = new byte[FormatSniffer.HeadBytes];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var format = FormatSniffer.FromContent(head.AsSpan(0, length));
        if (!gzipped)
        {
            source.Seek(0, SeekOrigin.Begin);
            return (stream, format);
        }

        Stream again = source is MemoryStream memory
            ? new MemoryStream(memory.GetBuffer(), 0, (int)memory.Length, writable: false)
            : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, Unbuffered);
        stream.Dispose();
        return (new CheckedGzipStream(again), format);
    }

    private static InputFile Fail(ReadResult problem) => new(null, InputFormat.Unknown, problem);
}
