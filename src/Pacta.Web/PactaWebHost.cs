using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using System.Text.Unicode;
using Pacta.Storage;
using Pacta.Web.Analytics;
using Pacta.Web.Endpoints;
using Pacta.Web.Hosting;
using Pacta.Web.Review;

namespace Pacta.Web;

/// <summary>Builds the web host: the HTTP API under /api, its OpenAPI document at /openapi/v1.json and the UI's
/// static pages, over one store; /healthz (liveness) and /readyz (the database answers) for probes.</summary>
public static class PactaWebHost
{
    private const string ReadyTag = "ready";

    /// <summary>For <c>pacta serve</c>: the database, URLs and token given.</summary>
    public static WebApplication Build(PactaServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Build([], builder =>
        {
            builder.Configuration[ConfigurationKeys.Database] = settings.Database;
            builder.Configuration[ConfigurationKeys.Token] = settings.Token ?? "";
            builder.WebHost.UseUrls(settings.Urls);
        });
    }

    /// <summary>From the command line and environment (Pacta:Database, Pacta:Token, --urls).</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // Settings come from the command line and environment; watching the working folder for appsettings files
            // to reload (ASP.NET Core's default) spends a core on file events when that folder is busy (a /tmp).
            Args = [.. args, "--hostBuilder:reloadConfigOnChange=false"],
            ContentRootPath = AppContext.BaseDirectory,
        });
        configure?.Invoke(builder);
        // One console line per request (ASP.NET Core's default at Information) costs more than answering it under
        // load; warnings and errors still show, and "Now listening on" comes from Microsoft.Hosting.Lifetime.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes);

        var services = builder.Services;
        // Read when first used, so settings given to the builder later (tests) are seen.
        services.AddSingleton<IAgreementStore>(provider => AgreementStoreFactory.Open(
            ConfigurationKeys.DatabaseOf(provider.GetRequiredService<IConfiguration>()),
            new StoreOptions { CreateIfMissing = false }));
        services.AddSingleton(provider => new ReviewAccess(ConfigurationKeys.TokenOf(provider.GetRequiredService<IConfiguration>())));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new CountryViewBuilder(MapCodes.Default));
        services.AddSingleton<NetworkViewBuilder>();
        services.AddScoped<ReviewEndpoints.Recorder>();
        // ASP.NET Core writes '<' and '>' as they are; escaping them too keeps article text inert even where a JSON
        // response is misread as HTML. Other scripts (Cyrillic, Arabic…) stay readable and compact.
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        services.AddProblemDetails();
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("database", tags: [ReadyTag]);
        services.AddOpenApi();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseSecurityHeaders();
        app.UseBodySizeLimit();
        app.Use((context, next) =>
        {
            // The embedded web root lists no folders, so "/" is pointed at the agreements page here.
            if (context.Request.Path == "/")
            {
                context.Request.Path = "/index.html";
            }

            return next(context);
        });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new EmbeddedWebRoot() });

        // Liveness answers as long as the process serves requests; readiness also asks the database, so a load
        // balancer stops sending traffic to a server whose database is down without restarting it.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        app.MapOpenApi();
        app.MapGroup("/api")
            .MapAgreementEndpoints()
            .MapDocumentEndpoints()
            .MapCountryEndpoints()
            .MapNetworkEndpoints()
            .MapReviewEndpoints();
        return app;
    }
}
