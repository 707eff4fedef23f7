using System.Diagnostics;
using System.Globalization;
using Pacta.Cli.Commands;
using Pacta.Storage;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Cli.Tests;

/// <summary>`pacta ingest` killed with SIGKILL part-way, then run again, ends with every document exactly once:
/// each document is saved in its own transaction and identified by its content, so a rerun stores what was
/// missing and nothing twice.</summary>
public sealed class KillAndResumeTests : IDisposable
{
    private const int Articles = 3000;

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [SkippableFact]
    public async Task Ingest_KilledPartWayThenRunAgain_StoresEveryDocumentOnce()
    {
        for (var i = 0; i < Articles; i++)
        {
            _folder.Write($"in/{i:D5}.txt", string.Create(CultureInfo.InvariantCulture, $"Report {i}\n\nSpain and Morocco held talks number {i} on defence cooperation in Rabat."));
        }

        var database = _folder.Combine("pacta.db");
        using (var child = StartIngest(database))
        {
            var killedAt = await WaitForFirstDocumentsAsync(database, child);
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
            Skip.If(killedAt is null or >= Articles, "the child finished before it could be killed (machine too fast for this size).");
        }

        var partial = await CountAsync(database);
        var code = IngestCommand.Run([_folder.Combine("in")], database, 0, null, null, TimeProvider.System, new StringWriter(), new StringWriter());

        Assert.True(partial.Documents < Articles, $"the kill came too late: {partial.Documents} stored");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(Articles, (await CountAsync(database)).Documents);
    }

    private Process StartIngest(string database)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { typeof(Program).Assembly.Location, "ingest", _folder.Combine("in"), "--db", database })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    /// <summary>Polls the database until the child has stored something, and returns how much (null if it exited).</summary>
    private static async Task<long?> WaitForFirstDocumentsAsync(string database, Process child)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !child.HasExited)
        {
            if (File.Exists(database))
            {
                try
                {
                    var counts = await CountAsync(database);
                    if (counts.Documents > 0)
                    {
                        return counts.Documents;
                    }
                }
                catch (Exception e) when (e is System.Data.Common.DbException or IOException)
                {
                    // The child is creating or migrating the file: look again.
                }
            }

            await Task.Delay(20);
        }

        return null;
    }

    private static async Task<StoreCounts> CountAsync(string database)
    {
        await using var store = AgreementStoreFactory.Open(database, new StoreOptions { CreateIfMissing = false });
        return await store.CountsAsync();
    }
}
