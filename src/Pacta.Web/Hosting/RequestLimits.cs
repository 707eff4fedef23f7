namespace Pacta.Web.Hosting;

/// <summary>Bounds on what a client can send. Review bodies are a few short strings; anything larger is refused
/// before it is read (Kestrel enforces the same bound on streamed bodies).</summary>
public static class RequestLimits
{
    public const long MaxBodyBytes = 64 * 1024;

    public static IApplicationBuilder UseBodySizeLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        await next(context);
    });
}
