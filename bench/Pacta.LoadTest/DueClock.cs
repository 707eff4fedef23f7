using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Pacta.LoadTest;

/// <summary>
/// Sleeps a thread until a <see cref="Stopwatch"/> timestamp. At 500 requests a second the gap is 2 ms, and
/// <c>Task.Delay</c> (a timer queue with millisecond ticks, then a hop to the thread pool) woke 1–2 ms late: a trivial
/// endpoint measured 2 ms at the median, all of it the generator's. On Linux the thread sleeps in
/// <c>clock_nanosleep</c> on the monotonic clock Stopwatch reads, to an absolute deadline, and wakes within tens of
/// microseconds without spinning; elsewhere it sleeps whole milliseconds and yields for the rest.
/// </summary>
internal static partial class DueClock
{
    private const int ClockMonotonic = 1;
    private const int AbsoluteTime = 1;
    private const int Interrupted = 4;
    private const long NanosecondsPerSecond = 1_000_000_000;

    /// <summary>Whether Stopwatch timestamps are CLOCK_MONOTONIC nanoseconds, as .NET reads them on Linux.</summary>
    private static readonly bool Monotonic = OperatingSystem.IsLinux() && Stopwatch.Frequency == NanosecondsPerSecond;

    public static void SleepUntil(long timestamp)
    {
        if (Monotonic)
        {
            var deadline = new TimeSpec(timestamp / NanosecondsPerSecond, timestamp % NanosecondsPerSecond);
            while (ClockNanosleep(ClockMonotonic, AbsoluteTime, in deadline, IntPtr.Zero) == Interrupted)
            {
                // A signal woke the thread early: sleep again to the same deadline.
            }

            return;
        }

        while (Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp) is var left && left > TimeSpan.Zero)
        {
            if (left > TimeSpan.FromMilliseconds(1.5))
            {
                Thread.Sleep(left - TimeSpan.FromMilliseconds(1));
            }
            else
            {
                Thread.Yield();
            }
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct TimeSpec(long Seconds, long Nanoseconds);

    [LibraryImport("libc", EntryPoint = "clock_nanosleep")]
    private static partial int ClockNanosleep(int clock, int flags, in TimeSpec request, IntPtr remaining);
}
