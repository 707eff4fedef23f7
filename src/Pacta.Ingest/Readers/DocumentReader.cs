using Pacta.Ingest.Feeds;
using Pacta.Ingest.Html;
using Pacta.Ingest.JsonLines;
using Pacta.Ingest.Warc;

namespace Pacta.Ingest.Readers;

/// <summary>
/// Expands paths (files and folders, recursively, in a stable order) and reads each supported file: plain text,
/// gold-format JSON, HTML pages, RSS/Atom/JSON feeds, JSON Lines and WARC, each possibly gzipped. The format
/// comes from the extension, or from the first bytes when the extension does not tell. Every input gives at
/// least one result (a file of many articles gives one per article): a document, or the reason it was skipped
/// or failed. Nothing is dropped silently, and one bad input never stops the batch.
/// </summary>
public sealed class DocumentReader
{
    private readonly ReaderOptions _options;
    private readonly TextFileReader _text = new();
    private readonly GoldJsonReader _gold = new();
    private readonly HtmlArticleReader _html = new();
    private readonly FeedItemReader _feeds = new();
    private readonly JsonLinesReader _jsonLines;
    private readonly WarcReader _warc;

    public DocumentReader(ReaderOptions? options = null)
    {
        _options = options ?? ReaderOptions.Default;
        _jsonLines = new JsonLinesReader(_options);
        _warc = new WarcReader(_options);
    }

    public IEnumerable<ReadResult> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var files = Directory.Exists(path) ? FilesIn(path) : [path];
            foreach (var file in files)
            {
                foreach (var result in ReadPath(file))
                {
                    yield return result;
                }
            }
        }
    }

    /// <summary>The first result of one file: for tools that read a single article.</summary>
    public ReadResult ReadFile(string path) => ReadPath(path).First();

    /// <summary>Every article of one file, streamed for JSON Lines and WARC.</summary>
    public IEnumerable<ReadResult> ReadPath(string path)
    {
        var opened = InputFile.Open(path, _options);
        if (opened.Problem is not null)
        {
            yield return opened.Problem;
            yield break;
        }

        using var stream = opened.Stream;
        var results = opened.Bytes is { } bytes ? FromBytes(path, bytes, opened.Format)
            : opened.Format switch
            {
                InputFormat.JsonLines => _jsonLines.Read(path, stream!),
                InputFormat.Warc => _warc.Read(path, stream!),
                _ => ReadWhole(path, stream!, opened.Format),
            };

        var any = false;
        foreach (var result in results)
        {
            any = true;
            yield return result;
        }

        // A JSON Lines file of blank lines, or a WARC of request records only, must still say something.
        if (!any)
        {
            yield return ReadResult.Skipped(path, "no article in this file");
        }
    }

    /// <summary>Every readable file under <paramref name="folder"/>, in the ordinal order of their full paths, walked
    /// one folder at a time: sorting every path of a million-file backfill up front held them all in memory (about
    /// 150 MB). A folder's entries are sorted with a separator after each subfolder's name, which is where all its
    /// paths fall among its siblings, so the order is exactly that of the full sort.</summary>
    private static IEnumerable<string> FilesIn(string folder)
    {
        var entries = Directory.EnumerateFiles(folder).Select(file => (Key: Path.GetFileName(file), Path: file, IsFolder: false))
            .Concat(Directory.EnumerateDirectories(folder).Select(sub => (Key: Path.GetFileName(sub) + Path.DirectorySeparatorChar, Path: sub, IsFolder: true)))
            .OrderBy(entry => entry.Key, StringComparer.Ordinal)
            .ToList();
        foreach (var entry in entries)
        {
            if (entry.IsFolder)
            {
                foreach (var file in FilesIn(entry.Path))
                {
                    yield return file;
                }
            }
            else if (FormatSniffer.FolderExtensions.Contains(Path.GetExtension(FormatSniffer.InnerName(entry.Path)).ToLowerInvariant()))
            {
                yield return entry.Path;
            }
        }
    }

    /// <summary>A format that is one article per file (or one feed): read whole, up to the size limit.</summary>
    private IReadOnlyList<ReadResult> ReadWhole(string path, Stream stream, InputFormat format)
    {
        byte[] bytes;
        try
        {
            bytes = InputFile.ReadAtMost(stream, _options.MaxDocumentBytes);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            return [ReadResult.Failed(path, $"cannot read: {e.Message}")];
        }

        return FromBytes(path, bytes, format);
    }

    /// <summary>The article (or the feed's items) in a whole file's bytes.</summary>
    private IReadOnlyList<ReadResult> FromBytes(string path, byte[] bytes, InputFormat format)
    {
        if (bytes.Length > _options.MaxDocumentBytes)
        {
            return [ReadResult.Skipped(path, $"larger than the {_options.MaxDocumentBytes:N0}-byte limit for one article (decompressed)")];
        }

        if (bytes.Length == 0)
        {
            return [ReadResult.Skipped(path, "empty file")];
        }

        return format switch
        {
            InputFormat.GoldJson => [_gold.Read(path, bytes)],
            InputFormat.Html => [_html.Read(path, bytes)],
            InputFormat.Feed => _feeds.Read(path, bytes).ToList(),
            _ => [_text.Read(path, bytes)],
        };
    }
}
