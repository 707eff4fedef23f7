namespace Pacta.Export;

/// <summary>The formats <c>pacta export --format</c> will offer, one <see cref="IExportWriter"/> each.</summary>
public enum ExportFormat
{
    Csv,
    Json,
    GraphMl,
    Gexf,
    Parquet,
}
