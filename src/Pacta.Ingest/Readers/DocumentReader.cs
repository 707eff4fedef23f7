namespace Pacta.Ingest.Readers;

/// <summary>
/// Expands paths (files and folders, recursively, in a stable order) and reads each supported file. Every input
/// gives a result: a document, or the reason it was skipped. Nothing is dropped silently.
/// </summary>
public sealed class DocumentReader
{
    private static readonly string[] Supported = [".txt", ".json"];

    private readonly TextFileReader _text = new();
    private readonly GoldJsonReader _gold = new();

    public IEnumerable<ReadResult> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    if (Supported.Contains(Path.GetExtension(file).ToLowerInvariant()))
                    {
                        yield return ReadFile(file);
                    }
                }

                continue;
            }

            if (!File.Exists(path))
            {
                yield return ReadResult.Failed(path, "no such file or folder");
                continue;
            }

            yield return ReadFile(path);
        }
    }

    public ReadResult ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Failed(path, $"cannot read: {e.Message}");
        }

        if (bytes.Length == 0)
        {
            return ReadResult.Failed(path, "empty file");
        }

        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".json" => _gold.Read(path, bytes),
            ".txt" => _text.Read(path, bytes),
            var other => ReadResult.Failed(path, $"unsupported file type '{other}' (supported: {string.Join(", ", Supported)})"),
        };
    }
}
