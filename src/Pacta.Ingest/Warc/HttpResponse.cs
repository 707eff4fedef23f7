using System.IO.Compression;
using System.Text;

namespace Pacta.Ingest.Warc;

/// <summary>An HTTP response as a WARC response record stores it: status line, headers, body.</summary>
internal sealed record HttpResponse(int Status, string? ContentType, byte[] Body)
{
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();

    public static HttpResponse? Parse(byte[] block)
    {
        var end = block.AsSpan().IndexOf(HeaderEnd);
        if (end < 0)
        {
            return null;
        }

        var lines = Encoding.Latin1.GetString(block, 0, end).Split("\r\n");
        var status = lines[0].Split(' ', 3);
        if (status.Length < 2 || !status[0].StartsWith("HTTP/", StringComparison.Ordinal) || !int.TryParse(status[1], out var code))
        {
            return null;
        }

        var headers = lines.Skip(1)
            .Select(l => l.Split(':', 2, StringSplitOptions.TrimEntries))
            .Where(p => p.Length == 2)
            .GroupBy(p => p[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.OrdinalIgnoreCase);
        var body = block[(end + HeaderEnd.Length)..];
        if (headers.TryGetValue("Content-Encoding", out var encoding) && encoding.Equals("gzip", StringComparison.OrdinalIgnoreCase))
        {
            body = Gunzip(body);
        }

        return new HttpResponse(code, headers.GetValueOrDefault("Content-Type"), body);
    }

    private static byte[] Gunzip(byte[] body)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress))
        {
            gzip.CopyTo(output);
        }

        return output.ToArray();
    }
}
