namespace Pacta.Core.Model;

/// <summary>
/// The convention that marks a stored document as one row of a hand-coded dataset (DCAD) instead of a news article:
/// its id starts with <see cref="IdPrefix"/>. Importers name their rows so, and the merge rules, the reprocessing and
/// the displays read it to tell dataset evidence from news evidence without a schema change.
/// </summary>
public static class DatasetDocument
{
    public const string IdPrefix = "dataset:";

    /// <summary>The document id of a dataset row whose own stable id is <paramref name="rowId"/> (e.g. <c>dcad-345</c>).</summary>
    public static string IdFor(string rowId) => IdPrefix + rowId;

    public static bool IsDatasetRow(string documentId) => documentId.StartsWith(IdPrefix, StringComparison.Ordinal);
}
