namespace Pacta.Ingest.Dcad;

/// <summary>What a row of <c>data/cow-states.tsv</c> says about its COW state (column <c>marker</c>).</summary>
public enum CowStateMarker
{
    /// <summary>A state that exists today, under its ISO 3166-1 alpha-3 code.</summary>
    Current,

    /// <summary>A former state under its ISO 3166-3 alpha-3 code (SUN, YUG, CSK, DDR, YMD).</summary>
    Historical,

    /// <summary>An abbreviation that is not COW's but is found in files derived from DCAD (GER for Germany).</summary>
    Alias,

    /// <summary>A state no Pacta party code stands for; the row's note says why.</summary>
    Unmappable,
}
