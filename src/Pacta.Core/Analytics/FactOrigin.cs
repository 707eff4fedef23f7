namespace Pacta.Core.Analytics;

/// <summary>Where a fact comes from, so that figures joined across sources can say which one each year rests on.</summary>
public enum FactOrigin
{
    /// <summary>Extracted by Pacta from news text.</summary>
    News,

    /// <summary>Imported from a hand-coded dataset such as DCAD.</summary>
    Dataset,
}
