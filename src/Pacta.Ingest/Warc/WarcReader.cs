using Pacta.Ingest.Encodings;
using Pacta.Ingest.Html;
using Pacta.Ingest.Readers;

namespace Pacta.Ingest.Warc;

/// <summary>
/// WARC files (plain or gzipped, the format of Common Crawl's news crawl), streamed record by record: each
/// <c>response</c> record with an HTML payload (and each <c>resource</c> record of type text/html) is read as a
/// web page. Other record types (warcinfo, request, metadata) hold no article and are passed over; responses that
/// are not HTML or not 2xx are skipped with their reason. A record whose Content-Length does not match fails alone:
/// reading resumes at the next record.
/// </summary>
public sealed class WarcReader(ReaderOptions options)
{
    private static readonly byte[] RecordEnd = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] NextRecord = "\r\n\r\nWARC/"u8.ToArray();

    private readonly HtmlArticleReader _html = new();

    public IEnumerable<ReadResult> Read(string path, Stream stream)
    {
        var input = new WarcInput(stream);
        var number = 0;
        while (true)
        {
            number++;
            var step = ReadRecord(input, $"{path} record {number}");
            if (step.Result is not null)
            {
                yield return step.Result;
            }

            if (step.Stop)
            {
                yield break;
            }
        }
    }

    private RecordStep ReadRecord(WarcInput input, string name)
    {
        try
        {
            var header = ReadHeader(input);
            if (header is null)
            {
                return RecordStep.End;
            }

            var length = header.ContentLength;
            if (length is null)
            {
                return RecordStep.Next(ReadResult.Failed(name, $"record at byte {header.Offset} has no valid Content-Length"));
            }

            name = header.TargetUri is null ? name : $"{name} ({header.TargetUri})";
            if (!MayHoldArticle(header))
            {
                input.Skip(length.Value);
                return RecordStep.Next(CheckEnd(input, name, length.Value, []));
            }

            if (length > options.MaxDocumentBytes)
            {
                var skipped = input.Skip(length.Value);
                return skipped < length
                    ? RecordStep.Last(Truncated(name, length.Value, skipped))
                    : RecordStep.Next(CheckEnd(input, name, length.Value, []) ?? ReadResult.Skipped(name, $"record larger than the {options.MaxDocumentBytes:N0}-byte limit"));
            }

            var block = new byte[length.Value];
            var read = input.ReadBlock(block);
            if (read < length)
            {
                return RecordStep.Last(Truncated(name, length.Value, read));
            }

            return RecordStep.Next(CheckEnd(input, name, length.Value, block) ?? ReadPage(header, name, block));
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            return RecordStep.Last(ReadResult.Failed(name, $"cannot read further (corrupt or truncated file): {e.Message}"));
        }
    }

    /// <summary>The next record header, after any junk left by a record of wrong length; null at the end.</summary>
    private static WarcRecordHeader? ReadHeader(WarcInput input)
    {
        string? line;
        do
        {
            line = input.ReadLine();
            if (line is null)
            {
                return null;
            }
        }
        while (!line.StartsWith("WARC/", StringComparison.Ordinal));

        var offset = input.Offset - line.Length - 2;
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (!string.IsNullOrEmpty(line = input.ReadLine()))
        {
            var pair = line.Split(':', 2, StringSplitOptions.TrimEntries);
            if (pair.Length == 2)
            {
                fields[pair[0]] = pair[1];
            }
        }

        return new WarcRecordHeader(fields, offset);
    }

    private static bool MayHoldArticle(WarcRecordHeader header) => header.Type switch
    {
        "response" => header.ContentType?.StartsWith("application/http", StringComparison.OrdinalIgnoreCase) == true,
        "resource" => header.ContentType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true,
        _ => false,
    };

    /// <summary>A block must be followed by CRLF CRLF; if not, its Content-Length is wrong. When the declared
    /// length ran into the next record, that record is pushed back so it is still read.</summary>
    private static ReadResult? CheckEnd(WarcInput input, string name, long length, byte[] block)
    {
        Span<byte> end = stackalloc byte[RecordEnd.Length];
        var read = input.ReadBlock(end);
        if (end[..read].SequenceEqual(RecordEnd))
        {
            return null;
        }

        var next = block.AsSpan().IndexOf(NextRecord);
        input.Unread(end[..read]);
        if (next >= 0)
        {
            input.Unread(block.AsSpan(next + RecordEnd.Length));
        }

        return ReadResult.Failed(name, $"Content-Length {length} does not match the record (no CRLF CRLF after its block); resuming at the next record");
    }

    private ReadResult ReadPage(WarcRecordHeader header, string name, byte[] block)
    {
        string? contentType;
        byte[] body;
        if (header.Type == "response")
        {
            HttpResponse? response;
            try
            {
                response = HttpResponse.Parse(block);
            }
            catch (InvalidDataException e)
            {
                return ReadResult.Failed(name, $"gzip-encoded HTTP body cannot be decompressed: {e.Message}");
            }

            if (response is null)
            {
                return ReadResult.Failed(name, "response record without a valid HTTP status line and headers");
            }

            if (response.Status is < 200 or > 299)
            {
                return ReadResult.Skipped(name, $"HTTP status {response.Status}");
            }

            (contentType, body) = (response.ContentType, response.Body);
        }
        else
        {
            (contentType, body) = (header.ContentType, block);
        }

        if (contentType is not null && !contentType.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            return ReadResult.Skipped(name, $"not an HTML page ({contentType})");
        }

        return _html.Read(name, body, header.TargetUri, CharsetNames.FromContentType(contentType));
    }

    private static ReadResult Truncated(string name, long declared, long available) =>
        ReadResult.Failed(name, $"truncated: Content-Length {declared} but only {available} bytes left");

    private sealed record RecordStep(ReadResult? Result, bool Stop)
    {
        public static RecordStep End { get; } = new(null, true);

        public static RecordStep Next(ReadResult? result) => new(result, false);

        public static RecordStep Last(ReadResult result) => new(result, true);
    }
}
