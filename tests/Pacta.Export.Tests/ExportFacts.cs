using Pacta.Core.Analytics;
using Pacta.Core.Model;
using Pacta.TestKit;

namespace Pacta.Export.Tests;

/// <summary>The facts the export tests write: the Kazakhstan sample plus one ratified agreement with its step dates.</summary>
internal static class ExportFacts
{
    public static readonly PartnershipFact Ratified = new(
        "kaz-qat-ratified",
        SampleFacts.Parties("KAZ", "QAT"),
        PartialDate.Parse("2023-12-12"),
        AgreementStatus.Ratified,
        AgreementKind.Memorandum,
        AgreementDomain.Defense,
        SourceCount: 4,
        FactOrigin.News,
        [new StatusDate(AgreementStatus.Ratified, PartialDate.Parse("2024-03"))]);

    public static IReadOnlyList<PartnershipFact> All() => [.. SampleFacts.Kazakhstan(), Ratified];

    /// <summary>Writes with <paramref name="writer"/> into memory and returns the bytes.</summary>
    public static async Task<byte[]> WriteAsync(IExportWriter writer, IReadOnlyCollection<PartnershipFact> facts)
    {
        using var output = new MemoryStream();
        await writer.WriteAsync(facts, output);
        return output.ToArray();
    }
}
