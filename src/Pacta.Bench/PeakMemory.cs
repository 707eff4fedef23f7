using System.Diagnostics;

namespace Pacta.Bench;

/// <summary>The process's peak resident memory: VmHWM from /proc/self/status on Linux (what `/usr/bin/time -v`
/// reports), else the runtime's peak working set.</summary>
public static class PeakMemory
{
    public static double Megabytes()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            foreach (var line in File.ReadLines(status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal)
                    && long.TryParse(line["VmHWM:".Length..].Trim().Split(' ')[0], out var kilobytes))
                {
                    return kilobytes / 1024.0;
                }
            }
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }
}
