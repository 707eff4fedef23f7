namespace Pacta.Ingest.Dcad;

/// <summary>The DCAD file layouts Pacta reads, told apart by their header (shared/data/README.md).</summary>
public enum DcadLayout
{
    /// <summary>The official release, <c>DCAD-v1.0-main.csv</c>: 30 columns, numeric COW codes, full dates.</summary>
    Official,

    /// <summary>The 5-column derivation <c>country1,country2,Year,type,asymmetry</c>: COW abbreviations, years only.</summary>
    DerivedDyads,
}
