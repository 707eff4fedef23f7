using System.Text;

namespace Pacta.Bench.Stages;

/// <summary>
/// The limit: read each file, decode UTF-8 and look at every character once (counting letters, so the loop
/// cannot be optimised away). No text pipeline can beat this on the same machine.
/// </summary>
public sealed class PlainScanStage : IBenchStage
{
    private long _letters;

    public string Name => "limit (read + decode + scan)";

    /// <summary>Letters seen by the last run: the stage's result, kept so the scan has an observable effect.</summary>
    public long Letters => Interlocked.Read(ref _letters);

    public int Run(IReadOnlyList<string> files, int threads)
    {
        _letters = 0;
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = threads }, file =>
        {
            var text = Encoding.UTF8.GetString(File.ReadAllBytes(file));
            long letters = 0;
            foreach (var c in text)
            {
                if (char.IsLetter(c))
                {
                    letters++;
                }
            }

            Interlocked.Add(ref _letters, letters);
        });
        return files.Count;
    }
}
