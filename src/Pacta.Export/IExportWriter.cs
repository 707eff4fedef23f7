using Pacta.Core.Analytics;

namespace Pacta.Export;

/// <summary>
/// Writes facts to a stream in one format. The caller filters the facts and owns the stream, which is left open.
/// </summary>
public interface IExportWriter
{
    ExportFormat Format { get; }

    /// <summary>The usual file extension, with its dot (".csv").</summary>
    string FileExtension { get; }

    Task WriteAsync(IReadOnlyCollection<PartnershipFact> facts, Stream output, CancellationToken cancellationToken = default);
}
