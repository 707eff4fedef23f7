namespace Pacta.Ingest.Readers;

/// <summary>
/// Opens one input file: checks it exists, is readable, is not empty and (when it is one article) not over the
/// size limit, undoes gzip, and tells its format. Failures come back as a result with a reason, not as exceptions.
/// </summary>
internal sealed record InputFile(Stream? Stream, InputFormat Format, ReadResult? Problem)
{
    private static readonly byte[] GzipMagic = [0x1F, 0x8B];

    public static InputFile Open(string path, ReaderOptions options)
    {
        if (!File.Exists(path))
        {
            return Fail(Directory.Exists(path) ? ReadResult.Failed(path, "folder given where a file was expected") : ReadResult.Failed(path, "no such file or folder"));
        }

        try
        {
            var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
            if (file.Length == 0)
            {
                file.Dispose();
                return Fail(ReadResult.Skipped(path, "empty file"));
            }

            var head = new byte[FormatSniffer.HeadBytes];
            var headLength = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            file.Seek(0, SeekOrigin.Begin);
            var gzipped = head.AsSpan(0, headLength).StartsWith(GzipMagic);
            var format = FormatSniffer.FromExtension(path);
            var streamed = format is InputFormat.JsonLines or InputFormat.Warc;
            var length = file.Length;
            if (!gzipped && !streamed && format != InputFormat.Unknown && length > options.MaxDocumentBytes)
            {
                file.Dispose();
                return Fail(ReadResult.Skipped(path, $"{length:N0} bytes is over the {options.MaxDocumentBytes:N0}-byte limit for one article (raise it with --max-size)"));
            }

            Stream stream = gzipped ? new CheckedGzipStream(file) : file;
            if (format == InputFormat.Unknown)
            {
                (stream, format) = Sniff(path, stream, file, gzipped);
            }

            return new InputFile(stream, format, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return Fail(ReadResult.Failed(path, $"cannot read: {e.Message}"));
        }
    }

    /// <summary>Reads to the end, but stops at one byte over <paramref name="limit"/> (the caller then skips).</summary>
    public static byte[] ReadAtMost(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while (buffer.Length <= limit && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The format from the first (decompressed) bytes; a gzip stream cannot rewind, so it is reopened.</summary>
    private static (Stream Stream, InputFormat Format) Sniff(string path, Stream stream, FileStream file, bool gzipped)
    {
        var head = new byte[FormatSniffer.HeadBytes];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var format = FormatSniffer.FromContent(head.AsSpan(0, length));
        if (!gzipped)
        {
            file.Seek(0, SeekOrigin.Begin);
            return (stream, format);
        }

        stream.Dispose();
        return (new CheckedGzipStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024)), format);
    }

    private static InputFile Fail(ReadResult problem) => new(null, InputFormat.Unknown, problem);
}
