using Microsoft.AspNetCore.Http.HttpResults;
using Pacta.Core.Analytics;
using Pacta.Storage;
using Pacta.Web.Analytics;
using Pacta.Web.Contracts;

namespace Pacta.Web.Endpoints;

/// <summary>GET /api/network: the agreement network with degree and betweenness, over all time or whole years.</summary>
public static class NetworkEndpoints
{
    public static RouteGroupBuilder MapNetworkEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/network", Get)
            .WithName("GetNetwork")
            .WithSummary("Nodes (states and organisations with degree, weighted degree, betweenness) and weighted edges. fromYear/toYear bound the years (undated agreements count only without them); planned agreements only with planned=true.");
        return api;
    }

    private static async Task<Results<Ok<NetworkView>, ValidationProblem>> Get(
        int? fromYear, int? toYear, bool? planned, IAgreementStore store, NetworkViewBuilder builder, CancellationToken cancellationToken)
    {
        if (fromYear is < 1 or > 9999 || toYear is < 1 or > 9999 || (fromYear ?? 1) > (toYear ?? 9999))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["fromYear"] = ["fromYear and toYear must be years from 1 to 9999, fromYear not after toYear"],
            });
        }

        var period = fromYear is null && toYear is null ? Period.AllTime : Period.Years(fromYear ?? 1, toYear ?? 9999);
        var stored = await store.ListAgreementsAsync(AgreementQuery.All, cancellationToken);
        return TypedResults.Ok(builder.Build(StoredAgreementFacts.Of(stored, planned ?? false), period));
    }
}
