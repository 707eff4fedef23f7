using System.Diagnostics;
using System.Globalization;
using System.Text;
using Pacta.Cli.Commands;
using Pacta.Storage;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Cli.Tests.Postgres;

/// <summary>
/// Four `pacta ingest` processes (two workers each) on one PostgreSQL database at once, on overlapping folders,
/// end with exactly what one process ingesting everything stores: each document once, and the same agreements,
/// status histories, sources and reports. Skipped without <c>$PACTA_TEST_PG</c>.
/// </summary>
public sealed class ConcurrentIngestTests : IDisposable, IClassFixture<PostgresTestDatabase>
{
    private const int Groups = 5;
    private const int PerGroup = 40;

    private static readonly (string A, string B, string City)[] Pairs =
    [
        ("Spain", "Morocco", "Rabat"), ("Japan", "Australia", "Canberra"), ("France", "India", "New Delhi"),
        ("Kazakhstan", "Qatar", "Doha"), ("Germany", "Poland", "Warsaw"), ("Italy", "Egypt", "Cairo"),
        ("Brazil", "Portugal", "Lisbon"), ("Greece", "Cyprus", "Nicosia"),
    ];

    private static readonly string[] Months = ["January", "March", "May", "September"];

    private readonly TempDirectory _folder = new();
    private readonly PostgresTestDatabase _database;

    public ConcurrentIngestTests(PostgresTestDatabase database)
    {
        _database = database;
    }

    public void Dispose() => _folder.Dispose();

    [SkippableFact]
    public async Task Ingest_FourProcessesOnOverlappingFolders_StoreWhatOneProcessStores()
    {
        Skip.If(_database.Name is null, PostgresTestServer.SkipReason);
        WriteArticles();
        var single = _database.CreateSchema("single_process");
        var concurrent = _database.CreateSchema("four_processes");

        // The reference: one process, one worker, every group once.
        var code = IngestCommand.Run(
            Enumerable.Range(0, Groups).Select(Group).ToArray(), single, 0, null, null, TimeProvider.System, new StringWriter(), new StringWriter());
        Assert.Equal(ExitCodes.Success, code);

        // Process k reads groups k, k+1 and k+2: every group is read by two or three processes at the same time.
        var processes = Enumerable.Range(0, 4)
            .Select(k => StartIngest(concurrent, [Group(k % Groups), Group((k + 1) % Groups), Group((k + 2) % Groups)]))
            .ToList();
        var results = await Task.WhenAll(processes.Select(RunToEndAsync));

        Assert.All(results, r => Assert.True(r.Code == ExitCodes.Success, $"exit {r.Code}: {r.Errors}"));
        await using var expected = AgreementStoreFactory.Open(single);
        await using var actual = AgreementStoreFactory.Open(concurrent);
        var files = Enumerable.Range(0, Groups).Select(g => Directory.GetFiles(Group(g)).Length).ToArray();
        Assert.Equal(files.Sum(), (await expected.CountsAsync()).Documents);
        Assert.Equal(await expected.ListDocumentIdsAsync(), await actual.ListDocumentIdsAsync());
        Assert.Equal(await expected.CountsAsync(), await actual.CountsAsync());
        var reference = await expected.ListAgreementsAsync(AgreementQuery.All);
        Assert.True(reference.Count >= Pairs.Length, $"only {reference.Count} agreements extracted");
        Assert.Contains(reference, a => a.Sources > 1);
        Assert.Contains(reference, a => a.Reports < a.Sources);
        Assert.Equal(Snapshot(reference), Snapshot(await actual.ListAgreementsAsync(AgreementQuery.All)));
        // Each document was offered two or three times: stored by exactly one process, a duplicate for the others.
        var offered = Enumerable.Range(0, 4).Sum(k => files[k % Groups] + files[(k + 1) % Groups] + files[(k + 2) % Groups]);
        Assert.Equal(files.Sum(), results.Sum(r => Count(r.Summary, "stored")));
        Assert.Equal(offered - files.Sum(), results.Sum(r => Count(r.Summary, "duplicates")));
    }

    private string Group(int group) => _folder.Combine($"group{group}");

    /// <summary>Articles written for this test: each signing is reported by several articles in different groups
    /// (so processes merge into the same party set at once), with the date at day or month precision.</summary>
    private void WriteArticles()
    {
        for (var i = 0; i < Groups * PerGroup; i++)
        {
            var (a, b, city) = Pairs[i % Pairs.Length];
            var month = Months[(i / Pairs.Length) % 2];
            var day = 4 + ((i / Pairs.Length) % 2 * 9);
            var dated = i % 3 == 0 ? $"in {month} 2024" : $"on {day} {month} 2024";
            var text = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"{a} and {b} sign defence agreement (report {i})\n\n")
                .Append(CultureInfo.InvariantCulture, $"By Staff writer {i}, published {day + 1} {month} 2024\n\n")
                .Append(CultureInfo.InvariantCulture, $"{a} and {b} signed a defence cooperation agreement in {city} {dated}, officials said. ")
                .Append(CultureInfo.InvariantCulture, $"Correspondent number {i} adds that the talks lasted {i + 2} hours and covered training, exercises and logistics.\n")
                .ToString();
            _folder.Write($"group{i % Groups}/article-{i:D3}.txt", text);
            if (i % 5 == 0)
            {
                // A syndicated copy under another headline in another group: stored too, and in the same report
                // (the MinHash band locks make two processes saving the pair at once still find each other).
                var copy = "Defence pact: " + text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..];
                _folder.Write($"group{(i + 1) % Groups}/syndicated-{i:D3}.txt", copy);
            }
        }
    }

    private static Process StartIngest(string database, string[] folders)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { typeof(Program).Assembly.Location, "ingest" }.Concat(folders).Concat(["--db", database, "--workers", "2"]))
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    private static async Task<(int Code, string Summary, string Errors)> RunToEndAsync(Process process)
    {
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output, await errors);
        }
    }

    /// <summary>The number before <paramref name="word"/> in a summary line ("40 documents read, 12 stored, …").</summary>
    private static int Count(string summary, string word)
    {
        var words = summary.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        var index = Array.IndexOf(words, word);
        return index > 0 ? int.Parse(words[index - 1], CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>Everything a listing says except ids (minted from whichever report came first) and first/last seen
    /// (the clock): parties, date, status, kind, domain, place, signatories, confidence, sources, reports, history,
    /// evidence and review state.</summary>
    private static string Snapshot(IEnumerable<StoredAgreement> agreements) => string.Join(
        '\n',
        agreements.Select(s =>
        {
            var a = s.Agreement;
            return string.Join(
                '|',
                s.PartyKey,
                a.Date?.ToString(),
                a.Status,
                a.Kind,
                a.Domain,
                a.Place,
                string.Join(';', a.Signatories),
                a.Confidence.ToString("R", CultureInfo.InvariantCulture),
                string.Join(';', s.Documents),
                s.Reports,
                string.Join(';', s.History.Select(h => $"{h.Status}@{h.Date}:{h.MentionKeys.Count}")),
                string.Join(';', a.Evidence.Select(e => $"{e.DocumentId}@{e.Span}")),
                s.Review);
        }).Order(StringComparer.Ordinal));
}
