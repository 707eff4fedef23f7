using System.CommandLine;
using System.Globalization;

namespace Pacta.LoadTest;

/// <summary>
/// `pacta-loadtest seed --db DB --agreements N` fills a database with N deterministic synthetic agreements;
/// `pacta-loadtest run --db DB` (the store directly) or `run --url http://127.0.0.1:PORT` (a running `pacta serve`)
/// fires a fixed number of requests at a fixed rate with a time limit and prints p50, p90, p99, max and errors.
/// Exit code 0 when every request was sent and none failed, 1 otherwise, 2 on a usage error.
/// </summary>
public static class Program
{
    public static Task<int> Main(string[] args) => BuildRoot().Parse(args).InvokeAsync();

    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("Pacta load test: seed a database with synthetic agreements, then measure latency under a fixed request rate.");
        root.Subcommands.Add(Seed());
        root.Subcommands.Add(Run());
        return root;
    }

    private static Command Seed()
    {
        var db = new Option<string>("--db") { Description = "SQLite file or PostgreSQL connection string / URI.", Required = true };
        var agreements = new Option<int>("--agreements") { Description = "How many synthetic agreements (one document each).", DefaultValueFactory = _ => 100_000 };
        var workers = new Option<int>("--workers") { Description = "Concurrent savers.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("seed", "Fill a database with N deterministic synthetic agreements (idempotent).") { db, agreements, workers };
        command.SetAction(async (parse, token) =>
        {
            var (counts, elapsed) = await Seeder.SeedAsync(parse.GetValue(db)!, parse.GetValue(agreements), Math.Max(1, parse.GetValue(workers)), Console.Error, token);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{counts.Documents} documents, {counts.Agreements} agreements; seeding took {elapsed.TotalSeconds:0.0} s"));
            return 0;
        });
        return command;
    }

    private static Command Run()
    {
        var db = new Option<string?>("--db") { Description = "Query this store directly (SQLite file or PostgreSQL connection string)." };
        var url = new Option<string?>("--url") { Description = "Query a web server on this machine instead (http://127.0.0.1:PORT)." };
        var paths = new Option<string[]>("--path") { Description = "URL mode: a path to GET (repeatable; {code}, {page}, {since} and {id} are filled in). Default: the UI's listing pages and an agreement page.", AllowMultipleArgumentsPerToken = false };
        var requests = new Option<int>("--requests") { Description = "Requests to send in all.", DefaultValueFactory = _ => 30_000 };
        var rate = new Option<double>("--rate") { Description = "Requests per second.", DefaultValueFactory = _ => 500 };
        var concurrency = new Option<int>("--concurrency") { Description = "At most this many requests in flight.", DefaultValueFactory = _ => 32 };
        var timeLimit = new Option<int>("--time-limit") { Description = "Stop sending after this many seconds.", DefaultValueFactory = _ => 90 };
        var pageSize = new Option<int>("--page-size") { Description = "Store mode: agreements per page.", DefaultValueFactory = _ => 50 };
        var command = new Command("run", "Fire a fixed number of requests at a fixed rate and report latency percentiles and errors.")
        {
            db, url, paths, requests, rate, concurrency, timeLimit, pageSize,
        };
        command.SetAction(async (parse, token) =>
        {
            var settings = new LoadSettings(parse.GetValue(requests), parse.GetValue(rate), parse.GetValue(concurrency), TimeSpan.FromSeconds(parse.GetValue(timeLimit)));
            if (parse.GetValue(db) is null == parse.GetValue(url) is null)
            {
                Console.Error.WriteLine("run: give exactly one of --db (the store) or --url (a web server on 127.0.0.1).");
                return 2;
            }

            ILoadTarget target;
            try
            {
                settings.Validate();
                if (parse.GetValue(url) is { } baseUrl)
                {
                    var http = new HttpTarget(new Uri(baseUrl), parse.GetValue(paths) ?? [], settings.Concurrency);
                    await http.LoadIdsAsync(token);
                    target = http;
                }
                else
                {
                    target = await StoreTarget.OpenAsync(parse.GetValue(db)!, parse.GetValue(pageSize), token);
                }
            }
            catch (Exception e) when (e is ArgumentException or UriFormatException or HttpRequestException)
            {
                Console.Error.WriteLine($"run: {e.Message}");
                return 2;
            }

            await using (target)
            {
                Console.WriteLine($"target: {target.Description}");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load: {settings.Requests} requests at {settings.Rate}/s, at most {settings.Concurrency} in flight, time limit {settings.TimeLimit.TotalSeconds} s"));
                var result = await new LoadRunner(target, settings).RunAsync(token);
                Console.WriteLine(result);
                return result.Errors == 0 && result.Sent == result.Planned ? 0 : 1;
            }
        });
        return command;
    }
}
