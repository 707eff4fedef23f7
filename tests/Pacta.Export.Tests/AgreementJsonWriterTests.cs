using System.Text.Json;
using Xunit;

namespace Pacta.Export.Tests;

public sealed class AgreementJsonWriterTests
{
    [Fact]
    public async Task WriteAsync_Facts_OneObjectPerAgreementInGoldVocabulary()
    {
        using var json = JsonDocument.Parse(await ExportFacts.WriteAsync(new AgreementJsonWriter(), ExportFacts.All()));

        var agreements = json.RootElement.GetProperty("agreements").EnumerateArray().ToArray();
        Assert.Equal(8, agreements.Length);

        var plan = agreements.Single(a => a.GetProperty("id").GetString() == "csto-plan");
        Assert.Equal(["KAZ", "RUS", "BLR"], plan.GetProperty("parties").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(("2023", "planned", "plan", "security", 3, "dataset"), (
            plan.GetProperty("date").GetString(),
            plan.GetProperty("status").GetString(),
            plan.GetProperty("kind").GetString(),
            plan.GetProperty("domain").GetString(),
            plan.GetProperty("source_count").GetInt32(),
            plan.GetProperty("origin").GetString()));

        var ratified = agreements.Single(a => a.GetProperty("id").GetString() == "kaz-qat-ratified");
        var step = Assert.Single(ratified.GetProperty("status_dates").EnumerateArray());
        Assert.Equal(("ratified", "2024-03"), (step.GetProperty("status").GetString(), step.GetProperty("date").GetString()));
    }

    [Fact]
    public async Task WriteAsync_UndatedFact_DateIsNull()
    {
        using var json = JsonDocument.Parse(await ExportFacts.WriteAsync(new AgreementJsonWriter(), [TestKit.SampleFacts.Fact("x", null, "KAZ", "TUR")]));

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("agreements")[0].GetProperty("date").ValueKind);
    }
}
