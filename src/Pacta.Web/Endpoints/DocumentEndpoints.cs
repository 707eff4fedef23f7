using Microsoft.AspNetCore.Http.HttpResults;
using Pacta.Storage;
using Pacta.Web.Contracts;

namespace Pacta.Web.Endpoints;

/// <summary>GET /api/documents/{id}: a stored document with its text, for showing evidence in context.</summary>
public static class DocumentEndpoints
{
    public static RouteGroupBuilder MapDocumentEndpoints(this RouteGroupBuilder api)
    {
        // A catch-all, because document ids are often URLs: their slashes may come plain or as %2F.
        api.MapGet("/documents/{**id}", Get)
            .WithName("GetDocument")
            .WithSummary("A stored document: source, title, byline, date, language and text (untrusted: show it as text).");
        return api;
    }

    private static async Task<Results<Ok<DocumentView>, NotFound>> Get(string id, IAgreementStore store, CancellationToken cancellationToken)
    {
        var documentId = id.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
        return await store.GetDocumentAsync(documentId, cancellationToken) is { } document
            ? TypedResults.Ok(AgreementViews.Document(document))
            : TypedResults.NotFound();
    }
}
