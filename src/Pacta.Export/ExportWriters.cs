namespace Pacta.Export;

/// <summary>The writer of each <see cref="ExportFormat"/>, so a command can pick one by name.</summary>
public static class ExportWriters
{
    public static IReadOnlyList<IExportWriter> All { get; } =
    [
        new DyadCsvWriter(),
        new AgreementJsonWriter(),
        new GraphMlWriter(),
        new GexfWriter(),
        new DyadParquetWriter(),
    ];

    public static IExportWriter For(ExportFormat format) => All.Single(w => w.Format == format);
}
