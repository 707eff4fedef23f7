using Microsoft.AspNetCore.Http.HttpResults;
using Pacta.Storage;
using Pacta.Storage.Review;
using Pacta.Web.Contracts;
using Pacta.Web.Review;

namespace Pacta.Web.Endpoints;

/// <summary>
/// POST /api/agreements/{id}/confirm, /reject, /edit, /merge, /split: the analysts' decisions, behind the bearer
/// token (<see cref="ReviewTokenFilter"/>). The store checks each decision as it does for `pacta review`; a refused
/// one is a 400 with the store's reason and changes nothing.
/// </summary>
public static class ReviewEndpoints
{
    /// <summary>Who a decision is recorded for when the request does not say.</summary>
    public const string DefaultAnalyst = "web";

    public const int MaxFieldLength = 500;

    public static RouteGroupBuilder MapReviewEndpoints(this RouteGroupBuilder api)
    {
        var review = api.MapGroup("/agreements/{id}").AddEndpointFilter<ReviewTokenFilter>();
        review.MapPost("/confirm", (string id, VerdictRequest? body, Recorder recorder, CancellationToken ct) =>
            recorder.Record(ReviewAction.Confirm, id, body?.By, ct))
            .WithName("ConfirmAgreement").WithSummary("Confirms the agreement (it leaves the review queue).");
        review.MapPost("/reject", (string id, VerdictRequest? body, Recorder recorder, CancellationToken ct) =>
            recorder.Record(ReviewAction.Reject, id, body?.By, ct))
            .WithName("RejectAgreement").WithSummary("Rejects the agreement (hidden from listings, stays rejected through reprocessing).");
        review.MapPost("/edit", (string id, EditRequest body, Recorder recorder, CancellationToken ct) =>
            recorder.Record(ReviewAction.Edit, id, body.By, ct, field: body.Field, value: body.Value ?? ""))
            .WithName("EditAgreement").WithSummary("Sets one field (status, date, kind, domain or place) by hand.");
        review.MapPost("/merge", (string id, MergeRequest body, Recorder recorder, CancellationToken ct) =>
            recorder.Record(ReviewAction.Merge, id, body.By, ct, other: body.Other))
            .WithName("MergeAgreement").WithSummary("Merges the other agreement (same parties only) into this one, which keeps its id.");
        review.MapPost("/split", (string id, SplitRequest body, Recorder recorder, CancellationToken ct) =>
            recorder.Record(ReviewAction.Split, id, body.By, ct, mention: body.Mention))
            .WithName("SplitAgreement").WithSummary("Makes one mention (m-…) an agreement of its own.");
        return api;
    }

    /// <summary>Turns one request into a <see cref="ReviewDecision"/>, records it and answers with the agreement as
    /// it is afterwards.</summary>
    public sealed class Recorder(IAgreementStore store, TimeProvider clock)
    {
        public async Task<Results<Ok<AgreementDetail>, NotFound, ProblemHttpResult>> Record(
            ReviewAction action, string id, string? by, CancellationToken cancellationToken,
            string? other = null, string? mention = null, string? field = null, string? value = null)
        {
            if (new[] { id, by, other, mention, field, value }.Any(text => text?.Length > MaxFieldLength))
            {
                return TypedResults.Problem($"Values are limited to {MaxFieldLength} characters.", statusCode: StatusCodes.Status400BadRequest);
            }

            if (await store.GetAgreementAsync(id, cancellationToken) is null)
            {
                return TypedResults.NotFound();
            }

            var analyst = string.IsNullOrWhiteSpace(by) ? DefaultAnalyst : by.Trim();
            var decision = new ReviewDecision(action, id, analyst, clock.GetUtcNow(), other, mention, field, value);
            var outcome = await store.ReviewAsync(decision, cancellationToken);
            if (!outcome.IsApplied)
            {
                return TypedResults.Problem(outcome.Problem, statusCode: StatusCodes.Status400BadRequest, title: "Decision refused");
            }

            var after = await store.GetAgreementAsync(id, cancellationToken);
            return after is null ? TypedResults.NotFound() : TypedResults.Ok(AgreementViews.Detail(after));
        }
    }
}
