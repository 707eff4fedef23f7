using Microsoft.AspNetCore.Http.HttpResults;
using Pacta.Storage;
using Pacta.Web.Contracts;
using Pacta.Web.Queries;

namespace Pacta.Web.Endpoints;

/// <summary>GET /api/agreements (filtered, sorted, paged), GET /api/agreements/{id} and the review queue.</summary>
public static class AgreementEndpoints
{
    /// <summary>The review queue is a short list to work through, not a listing: at most this many.</summary>
    public const int ReviewQueueSize = 200;

    public static RouteGroupBuilder MapAgreementEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/agreements", List)
            .WithName("ListAgreements")
            .WithSummary("Agreements that match the filters, latest first unless sorted otherwise; rejected ones are left out.");
        api.MapGet("/agreements/{id}", Get)
            .WithName("GetAgreement")
            .WithSummary("One agreement (rejected too) with its status history, sources, mentions and evidence.");
        api.MapGet("/review/queue", Queue)
            .WithName("ReviewQueue")
            .WithSummary("Agreements no analyst has reviewed yet, lowest confidence first.");
        return api;
    }

    private static async Task<Results<Ok<AgreementPage>, ValidationProblem>> List(
        [AsParameters] AgreementListRequest request, IAgreementStore store, CancellationToken cancellationToken)
    {
        if (AgreementFilterParser.Parse(request, out var errors) is not { } filter)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await store.ListAgreementsAsync(filter.Query, cancellationToken);
        var total = await store.CountAgreementsAsync(filter.Unpaged, filter.CountAtMost, cancellationToken);
        var exact = filter.CountAtMost is not { } most || total < most;
        return TypedResults.Ok(new AgreementPage(total, exact, filter.Page, filter.PageSize, page.Select(AgreementViews.Summary).ToArray()));
    }

    private static async Task<Results<Ok<AgreementDetail>, NotFound>> Get(string id, IAgreementStore store, CancellationToken cancellationToken) =>
        await store.GetAgreementAsync(id, cancellationToken) is { } stored
            ? TypedResults.Ok(AgreementViews.Detail(stored))
            : TypedResults.NotFound();

    private static async Task<Ok<AgreementSummary[]>> Queue(IAgreementStore store, CancellationToken cancellationToken)
    {
        var queue = await store.ListAgreementsAsync(new AgreementQuery { ForReview = true, Limit = ReviewQueueSize }, cancellationToken);
        return TypedResults.Ok(queue.Select(AgreementViews.Summary).ToArray());
    }
}
