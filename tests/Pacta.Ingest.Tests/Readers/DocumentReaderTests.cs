using System.IO.Compression;
using System.Text;
using Pacta.Ingest.Readers;
using Pacta.TestKit;

namespace Pacta.Ingest.Tests.Readers;

/// <summary>Reading files of every format and every kind of bad input through <see cref="DocumentReader"/>.</summary>
public sealed partial class DocumentReaderTests : IDisposable
{
    private const string Article = "Ruritania and Freedonia sign defence pact\n\nThe two defence ministers signed the agreement in Strelsau on Monday.";

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = _folder.Combine(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
