using System.Diagnostics;
using Pacta.Storage;

namespace Pacta.LoadTest;

/// <summary>
/// Fills a store with <see cref="SyntheticAgreements"/> 0…count-1 through the ordinary <see cref="IAgreementStore.SaveAsync"/>
/// (so documents, mentions, reports and merged agreements are all real rows), with several concurrent savers.
/// Idempotent: reseeding the same count stores nothing twice, and a bigger count adds only the new ones.
/// </summary>
public static class Seeder
{
    private static readonly DateTimeOffset SeededAt = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task<(StoreCounts Counts, TimeSpan Elapsed)> SeedAsync(string location, int count, int workers, TextWriter progress, CancellationToken cancellationToken)
    {
        await using var store = AgreementStoreFactory.Open(location);
        var clock = Stopwatch.StartNew();
        var done = 0;
        await Parallel.ForEachAsync(
            Enumerable.Range(0, count),
            new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken },
            async (index, token) =>
            {
                await store.SaveAsync(SyntheticAgreements.Create(index), SeededAt.AddSeconds(index), token).ConfigureAwait(false);
                if (Interlocked.Increment(ref done) % 10_000 == 0)
                {
                    progress.WriteLine($"seeded {done} of {count} ({clock.Elapsed.TotalSeconds:0} s)");
                }
            }).ConfigureAwait(false);
        return (await store.CountsAsync(cancellationToken).ConfigureAwait(false), clock.Elapsed);
    }
}
