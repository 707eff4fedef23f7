using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Pacta.Core.Text;

/// <summary>
/// The run of ASCII letters (or ASCII digits) a word begins with, found sixteen characters at a time: a word's end
/// found one character at a time costs a mispredicted branch per word, as much as the rest of a scan over a Latin
/// text. Only a prefix of ASCII letters or digits is skipped; what follows (an accented letter, a mark) is for the
/// caller's character loop to read.
/// </summary>
internal static class AsciiRuns
{
    private static readonly int BlockLength = Vector256<ushort>.Count;

    /// <summary>The first index from <paramref name="start"/> (before <paramref name="end"/>) whose character is not an
    /// ASCII letter (with <paramref name="digits"/>: not an ASCII digit). A run that reaches the last few characters,
    /// fewer than a block, stops where they start: the caller's loop reads them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int End(string text, int start, int end, bool digits)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            return start;
        }

        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
        var i = start;
        while (i + BlockLength <= end)
        {
            var block = Vector256.LoadUnsafe(ref first, (nuint)i);

            // One unsigned comparison a class: below the range's first character wraps around to a large number, and
            // setting bit 5 folds capitals onto small letters without moving any other character into a–z.
            var inRun = digits
                ? Vector256.LessThan(block - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10))
                : Vector256.LessThan((block | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26));
            var stops = ~inRun.ExtractMostSignificantBits() & ((1u << BlockLength) - 1);
            if (stops != 0)
            {
                return i + BitOperations.TrailingZeroCount(stops);
            }

            i += BlockLength;
        }

        return i;
    }
}
