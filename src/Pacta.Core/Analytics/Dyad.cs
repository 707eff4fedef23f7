using Pacta.Core.Model;

namespace Pacta.Core.Analytics;

/// <summary>
/// An unordered pair of distinct parties, kept with <see cref="First"/> before <see cref="Second"/> in ordinal order so
/// that (KAZ, TUR) and (TUR, KAZ) are one dyad.
/// </summary>
public readonly record struct Dyad : IComparable<Dyad>
{
    public Dyad(PartyCode one, PartyCode other)
    {
        if (one == other)
        {
            throw new ArgumentException($"A dyad needs two distinct parties, got {one} twice.", nameof(other));
        }

        (First, Second) = one.CompareTo(other) < 0 ? (one, other) : (other, one);
    }

    public PartyCode First { get; }

    public PartyCode Second { get; }

    /// <summary>
    /// Every pair of distinct parties of one agreement, each once: a bilateral agreement gives one dyad, an agreement
    /// of k parties gives k(k−1)/2. Repeated parties are counted once. This is how multilateral agreements count
    /// everywhere in the analytics and in the dyadic exports.
    /// </summary>
    public static IReadOnlyList<Dyad> AllOf(IReadOnlyList<PartyCode> parties)
    {
        var distinct = parties.Distinct().Order().ToArray();
        var dyads = new List<Dyad>(distinct.Length * (distinct.Length - 1) / 2);
        for (var i = 0; i < distinct.Length; i++)
        {
            for (var j = i + 1; j < distinct.Length; j++)
            {
                dyads.Add(new Dyad(distinct[i], distinct[j]));
            }
        }

        return dyads;
    }

    public int CompareTo(Dyad other)
    {
        var byFirst = First.CompareTo(other.First);
        return byFirst != 0 ? byFirst : Second.CompareTo(other.Second);
    }

    public override string ToString() => $"{First}–{Second}";
}
