using System.Text;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Pacta.Bench.Stages;

/// <summary>
/// What many users would reach for instead: Lucene.Net's StandardAnalyzer indexing every text (tokenize, lower-case,
/// stop words, inverted index) into an in-memory directory, with one shared, thread-safe IndexWriter.
/// </summary>
public sealed class LuceneIndexStage : IBenchStage
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public string Name => "Lucene.Net StandardAnalyzer index";

    public int Run(IReadOnlyList<string> files, int threads)
    {
        using var directory = new RAMDirectory();
        using var analyzer = new StandardAnalyzer(Version);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer) { RAMBufferSizeMB = 64 });
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = threads }, file =>
        {
            var text = Encoding.UTF8.GetString(File.ReadAllBytes(file));
            writer.AddDocument(new Lucene.Net.Documents.Document
            {
                new StringField("path", file, Field.Store.YES),
                new TextField("body", text, Field.Store.NO),
            });
        });
        writer.Commit();
        return writer.NumDocs;
    }
}
