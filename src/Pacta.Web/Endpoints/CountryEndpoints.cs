using Microsoft.AspNetCore.Http.HttpResults;
using Pacta.Core.Analytics;
using Pacta.Core.Model;
using Pacta.Export.Svg;
using Pacta.Storage;
using Pacta.Web.Analytics;
using Pacta.Web.Contracts;
using Pacta.Web.Queries;

namespace Pacta.Web.Endpoints;

/// <summary>GET /api/countries/{iso3}: a state's partners, bloc shares and concentration by year, from the Core
/// analytics over its stored agreements; and the same as an SVG figure for reports.</summary>
public static class CountryEndpoints
{
    public const int MaxWindowYears = 10;

    public static RouteGroupBuilder MapCountryEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/countries/{iso3}", Get)
            .WithName("GetCountry")
            .WithSummary("Partners (counts, first and last year, shares), bloc shares, concentration (HHI, effective partners) by year and the partners timeline. Planned agreements count only with planned=true.");
        api.MapGet("/countries/{iso3}/chart.svg", Chart)
            .WithName("GetCountryChart")
            .WithSummary("The partners timeline and concentration chart as one self-contained SVG.");
        return api;
    }

    private static async Task<Results<Ok<CountryView>, ValidationProblem>> Get(
        string iso3, bool? planned, int? window, IAgreementStore store, CountryViewBuilder builder, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var state = StateOf(iso3, errors);
        if (window is < 1 or > MaxWindowYears)
        {
            errors["window"] = [$"must be from 1 to {MaxWindowYears} years"];
        }

        if (state is null || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var facts = await FactsOf(state.Value, planned ?? false, store, cancellationToken);
        return TypedResults.Ok(builder.Build(state.Value, facts, window ?? 1));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> Chart(
        string iso3, bool? planned, IAgreementStore store, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (StateOf(iso3, errors) is not { } state)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var facts = await FactsOf(state, planned ?? false, store, cancellationToken);
        using var svg = new MemoryStream();
        await new PartnerChartSvgWriter().WriteAsync(state, facts, svg, cancellationToken);
        return TypedResults.File(svg.ToArray(), "image/svg+xml");
    }

    /// <summary>The state of the route, or null with the reason added to <paramref name="errors"/>.</summary>
    private static PartyCode? StateOf(string iso3, Dictionary<string, string[]> errors)
    {
        var state = AgreementFilterParser.Party(iso3, "iso3", (name, message) => errors[name] = [message]);
        if (state is null)
        {
            errors.TryAdd("iso3", ["is required"]);
        }

        return state;
    }

    private static async Task<IReadOnlyList<PartnershipFact>> FactsOf(PartyCode state, bool includePlanned, IAgreementStore store, CancellationToken cancellationToken)
    {
        var stored = await store.ListAgreementsAsync(new AgreementQuery { Country = state }, cancellationToken);
        return StoredAgreementFacts.Of(stored, includePlanned);
    }
}
