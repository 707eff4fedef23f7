using System.Text.Json.Nodes;
using Pacta.Core.Analytics;
using Pacta.Export;
using Pacta.Storage.Analytics;

namespace Pacta.Cli.Output;

/// <summary>The JSON form of a <see cref="CountryHistory"/> (what `pacta country --format json` prints).</summary>
internal static class CountryJson
{
    public static JsonObject Of(CountryHistory history)
    {
        var profile = history.Profile;
        return new JsonObject
        {
            ["state"] = history.State.Value,
            ["from"] = history.Period.FirstYear,
            ["to"] = history.Period.LastYear,
            ["counted"] = "every status but planned",
            ["agreements"] = profile.Agreements,
            ["concentration"] = Concentration(profile.Concentration),
            ["partners"] = new JsonArray(profile.Partners.Select(p => (JsonNode)Partner(p)).ToArray()),
            ["blocs"] = new JsonArray(profile.Blocs.Select(b => (JsonNode)new JsonObject
            {
                ["bloc"] = b.Bloc,
                ["ties"] = b.Ties,
                ["share"] = Math.Round(b.Share, 4),
            }).ToArray()),
            ["years"] = new JsonArray(history.Years.Select(y => (JsonNode)new JsonObject
            {
                ["year"] = y.Year,
                ["agreements"] = y.Agreements,
                ["partners"] = new JsonArray(y.Partners.Select(p => (JsonNode)Partner(p)).ToArray()),
                ["hhi"] = Math.Round(y.Concentration.Hhi, 4),
                ["effective_partners"] = Math.Round(y.Concentration.EffectivePartners, 3),
                ["source"] = y.Source,
                ["origins"] = new JsonArray(y.Origins.Select(o => (JsonNode)JsonValue.Create(OriginNames.Of(o))!).ToArray()),
            }).ToArray()),
        };
    }

    private static JsonObject Partner(PartnerCount p) => new()
    {
        ["partner"] = p.Partner.Value,
        ["bloc"] = p.Bloc,
        ["agreements"] = p.Agreements,
        ["first_year"] = p.FirstYear,
        ["last_year"] = p.LastYear,
        ["share"] = Math.Round(p.Share, 4),
    };

    private static JsonObject? Concentration(Concentration? concentration) => concentration is { } c
        ? new JsonObject { ["hhi"] = Math.Round(c.Hhi, 4), ["effective_partners"] = Math.Round(c.EffectivePartners, 3) }
        : null;
}
