using Pacta.Ingest.Feeds;

namespace Pacta.Cli.Commands;

/// <summary>Everything `pacta watch` was asked to do, parsed.</summary>
internal sealed record WatchSettings(
    string FeedsFile,
    TimeSpan Every,
    bool Once,
    string? State,
    string? Database,
    double MinConfidence,
    string? Language,
    string? DataDir,
    FetchOptions Fetch);
