namespace Pacta.Ingest.Dcad;

/// <summary>DCAD's <c>type</c>: what an agreement covers, not what form it takes.</summary>
public enum DcadType
{
    /// <summary>A framework agreement on defense cooperation as a whole.</summary>
    General,

    /// <summary>An agreement on one field (training, procurement, defense industry, status of forces…).</summary>
    Sector,
}
