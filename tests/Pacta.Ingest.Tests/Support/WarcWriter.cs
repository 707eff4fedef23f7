using System.IO.Compression;
using System.Text;

namespace Pacta.Ingest.Tests.Support;

/// <summary>Writes small WARC files for tests, record by record, plain or as one gzip member per record (as
/// crawlers do). <see cref="Response"/> can lie about its Content-Length to make broken archives.</summary>
internal sealed class WarcWriter
{
    private readonly List<byte[]> _records = [];

    public WarcWriter Info() => Record("warcinfo", null, "application/warc-fields", "software: pacta-tests\r\n"u8.ToArray());

    public WarcWriter Request(string uri) => Record("request", uri, "application/http; msgtype=request", Encoding.ASCII.GetBytes($"GET / HTTP/1.1\r\nHost: example.org\r\n\r\n"));

    public WarcWriter Response(string uri, string html, string contentType = "text/html; charset=utf-8", int status = 200, int lengthError = 0, Encoding? encoding = null)
    {
        var body = (encoding ?? Encoding.UTF8).GetBytes(html);
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} X\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\n\r\n");
        return Record("response", uri, "application/http; msgtype=response", [.. head, .. body], lengthError);
    }

    public byte[] ToBytes() => [.. _records.SelectMany(r => r)];

    public byte[] ToGzipBytes()
    {
        using var output = new MemoryStream();
        foreach (var record in _records)
        {
            using var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true);
            gzip.Write(record);
        }

        return output.ToArray();
    }

    private WarcWriter Record(string type, string? uri, string contentType, byte[] block, int lengthError = 0)
    {
        var header = new StringBuilder()
            .Append("WARC/1.0\r\n")
            .Append($"WARC-Type: {type}\r\n")
            .Append($"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\n")
            .Append("WARC-Date: 2024-03-08T10:00:00Z\r\n");
        if (uri is not null)
        {
            header.Append($"WARC-Target-URI: {uri}\r\n");
        }

        header.Append($"Content-Type: {contentType}\r\nContent-Length: {block.Length + lengthError}\r\n\r\n");
        _records.Add([.. Encoding.ASCII.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8.ToArray()]);
        return this;
    }
}
