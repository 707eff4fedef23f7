namespace Pacta.Ingest.Readers;

/// <summary>What a file holds, from its extension or, failing that, its first bytes.</summary>
public enum InputFormat
{
    Unknown,
    Text,
    GoldJson,
    Html,
    Feed,
    JsonLines,
    Warc,
}
