using Pacta.Ingest.Readers;
using Xunit;

namespace Pacta.Ingest.Tests.Readers;

public sealed partial class DocumentReaderTests
{
    [Fact]
    public void Read_NestedFolders_YieldsFilesInTheOrdinalOrderOfTheirFullPaths()
    {
        // Names chosen where a folder-by-folder walk could go wrong: a file named like a folder plus a character
        // below '/' ("d.txt" before "d/…") and above it ("d0.txt" after "d/…"), upper case before lower case, and nesting.
        string[] names =
        [
            "d.txt", "d0.txt", "d/a.txt", "d/e/z.txt", "d/e.txt", "B.txt", "a.txt", "a/b/c.txt", "dd/x.json", "c.html",
            "d-1.txt", "d/E.txt", "notes.bin",
        ];
        foreach (var name in names)
        {
            WriteBytes(name, Utf8(Article));
        }

        var read = new DocumentReader().Read([_folder.Path]).Select(r => r.Path).ToList();

        var expected = names.Where(n => !n.EndsWith(".bin", StringComparison.Ordinal))
            .Select(n => _folder.Combine(n)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(string.Join("\n", expected), string.Join("\n", read));
    }
}
