using Pacta.TestKit;
using Xunit;

namespace Pacta.Cli.Tests.History;

/// <summary>`pacta import dcad` end to end: rows become agreements with their provenance as evidence, a re-import
/// changes nothing, and news reports of the same instrument join the imported record.</summary>
public sealed partial class DcadImportTests : IDisposable
{
    private readonly HistoryDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private string WriteOfficial() => _db.Write("DCAD-v1.0-main.csv", HistoryFiles.Official);
}
