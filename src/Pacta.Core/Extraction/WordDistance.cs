namespace Pacta.Core.Extraction;

/// <summary>The distance in words between two word ranges, 0 when they overlap.</summary>
internal static class WordDistance
{
    public static int Between(int aFirst, int aLast, int bFirst, int bLast) =>
        aLast < bFirst ? bFirst - aLast : bLast < aFirst ? aFirst - bLast : 0;
}
