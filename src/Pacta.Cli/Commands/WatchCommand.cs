using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Pacta.Cli.Ingestion;
using Pacta.Ingest.Feeds;
using Pacta.Storage;

namespace Pacta.Cli.Commands;

/// <summary>`pacta watch FEEDS_FILE`: polls each feed of the file (conditionally, politely), reads the page of
/// each item not seen before, and ingests it as `ingest` does; then sleeps and polls again, until Ctrl+C, or once
/// with --once. What was seen is remembered in a state file, saved after each feed's items are stored.</summary>
public sealed class WatchCommand : Command
{
    public WatchCommand()
        : base("watch", "Poll RSS/Atom/JSON feeds (one URL or feed file per line in FEEDS_FILE), fetch each new item's page politely and ingest it. Repeats every --every until stopped, or once with --once.")
    {
        Arguments.Add(FeedsFile);
        Options.Add(Every);
        Options.Add(Once);
        Options.Add(State);
        Options.Add(Delay);
        Options.Add(Timeout);
        Options.Add(Database);
        Options.Add(MinConfidence);
        Options.Add(Language);
        Options.Add(DataDir);
        SetAction(async (parseResult, cancellation) =>
        {
            var settings = new WatchSettings(
                parseResult.GetValue(FeedsFile)!,
                parseResult.GetValue(Every),
                parseResult.GetValue(Once),
                parseResult.GetValue(State),
                parseResult.GetValue(Database),
                parseResult.GetValue(MinConfidence),
                parseResult.GetValue(Language),
                parseResult.GetValue(DataDir),
                new FetchOptions { PerHostDelay = parseResult.GetValue(Delay), Timeout = parseResult.GetValue(Timeout) });
            return await RunAsync(settings, TimeProvider.System, Console.Out, Console.Error, cancellation).ConfigureAwait(false);
        });
    }

    internal Argument<string> FeedsFile { get; } = new("FEEDS_FILE")
    {
        Description = "A text file with one feed URL (or local feed file) per line; # starts a comment.",
    };

    internal Option<TimeSpan> Every { get; } = DurationOption("--every", "Time between two polls (e.g. 90s, 15m, 2h).", TimeSpan.FromMinutes(15));

    internal Option<bool> Once { get; } = new("--once") { Description = "Poll every feed once, then exit." };

    internal Option<string?> State { get; } = new("--state")
    {
        Description = "State file (validators and items seen); default FEEDS_FILE.state.json.",
    };

    internal Option<TimeSpan> Delay { get; } = DurationOption("--delay", "Minimum time between two requests to one host.", TimeSpan.FromSeconds(2));

    internal Option<TimeSpan> Timeout { get; } = DurationOption("--timeout", "Time one request may take before it is retried.", TimeSpan.FromSeconds(30));

    internal Option<string?> Database { get; } = CommonOptions.Database();

    internal Option<double> MinConfidence { get; } = CommonOptions.MinConfidence();

    internal Option<string?> Language { get; } = CommonOptions.Language();

    internal Option<string?> DataDir { get; } = CommonOptions.DataDir();

    internal static async Task<int> RunAsync(
        WatchSettings settings,
        TimeProvider clock,
        TextWriter output,
        TextWriter errors,
        CancellationToken cancellation,
        HttpMessageHandler? handler = null)
    {
        IReadOnlyList<string> feeds;
        try
        {
            feeds = FeedList.Parse(await File.ReadAllTextAsync(settings.FeedsFile, cancellation).ConfigureAwait(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"watch: cannot read feeds file '{settings.FeedsFile}': {e.Message}");
            return ExitCodes.UsageError;
        }

        if (StoreAccess.TryOpen(settings.Database, create: true, "watch", errors) is not { } store)
        {
            return ExitCodes.Failed;
        }

        var statePath = settings.State ?? $"{settings.FeedsFile}.state.json";
        var pipeline = PipelineFactory.Create(settings.DataDir, settings.MinConfidence, settings.Language);
        using var fetcher = new PoliteFetcher(settings.Fetch, clock, handler);
        var watcher = new FeedWatcher(fetcher);
        try
        {
            while (true)
            {
                var ingester = new DocumentIngester(pipeline, store, clock, errors);
                await PollAllAsync(feeds, watcher, ingester, statePath, cancellation).ConfigureAwait(false);
                var counts = await store.CountsAsync().ConfigureAwait(false);
                output.WriteLine($"{clock.GetUtcNow().ToString("u", CultureInfo.InvariantCulture)} {feeds.Count} feeds: {ingester.Tally.Summary(counts.Agreements)}");
                if (settings.Once)
                {
                    return ingester.Tally.Failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
                }

                await Task.Delay(settings.Every, clock, cancellation).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Success;
        }
        finally
        {
            await store.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async Task PollAllAsync(IReadOnlyList<string> feeds, FeedWatcher watcher, DocumentIngester ingester, string statePath, CancellationToken cancellation)
    {
        var state = WatchState.Load(statePath);
        foreach (var feed in feeds)
        {
            var poll = await watcher.PollAsync(feed, state.For(feed), cancellation).ConfigureAwait(false);
            foreach (var result in poll.Results)
            {
                ingester.Add(result);
            }

            // Stored first, remembered second: a run killed in between fetches these items again, and the store
            // keeps one copy of each.
            ingester.Flush();
            poll.Commit(state.For(feed));
            state.Save(statePath);
        }
    }

    private static Option<TimeSpan> DurationOption(string name, string description, TimeSpan defaultValue) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = Parse,
    };

    private static TimeSpan Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (Durations.TryParse(text, out var duration))
        {
            return duration;
        }

        result.AddError($"'{text}' is not a duration (use e.g. 90s, 15m, 2h).");
        return default;
    }
}
