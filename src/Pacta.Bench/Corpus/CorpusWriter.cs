using System.Text;

namespace Pacta.Bench.Corpus;

/// <summary>Writes a generated corpus to a folder (UTF-8, no byte-order mark), streaming article by article.</summary>
public static class CorpusWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static CorpusSummary Write(string folder, int count, ulong seed, CorpusGenerator? generator = null)
    {
        generator ??= new CorpusGenerator();
        long bytes = 0;
        var agreements = 0;
        foreach (var article in generator.Generate(count, seed))
        {
            var path = Path.Combine(folder, article.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var content = Utf8.GetBytes(article.Text);
            File.WriteAllBytes(path, content);
            bytes += content.Length;
            agreements += article.ReportsAgreement ? 1 : 0;
        }

        return new CorpusSummary(count, bytes, agreements);
    }
}
