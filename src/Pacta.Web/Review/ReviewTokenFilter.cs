namespace Pacta.Web.Review;

/// <summary>Guards the review endpoints: 403 when the server has no token (review disabled), 401 without the right
/// bearer token.</summary>
public sealed class ReviewTokenFilter(ReviewAccess access) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!access.IsEnabled)
        {
            return TypedResults.Problem(
                "Review is disabled on this server: start it with `pacta serve --token TOKEN` (or set PACTA_TOKEN) to allow review actions.",
                statusCode: StatusCodes.Status403Forbidden,
                title: "Review disabled");
        }

        var http = context.HttpContext;
        if (!access.Allows(http.Request.Headers.Authorization))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem(
                "Review actions need the header 'Authorization: Bearer TOKEN' with the token the server was started with.",
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Missing or wrong token");
        }

        return await next(context);
    }
}
