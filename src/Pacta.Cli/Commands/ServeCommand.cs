using System.CommandLine;
using Pacta.Storage;
using Pacta.Web;
using Pacta.Web.Hosting;

namespace Pacta.Cli.Commands;

/// <summary>`pacta serve`: the HTTP API and the web UI over one database, until Ctrl+C.</summary>
public sealed class ServeCommand : Command
{
    public const string DefaultUrls = "http://127.0.0.1:5000";

    public ServeCommand()
        : base("serve", "Serve the HTTP API (OpenAPI at /openapi/v1.json) and the web UI over a database, until Ctrl+C.")
    {
        Options.Add(Database);
        Options.Add(Urls);
        Options.Add(Token);
        SetAction(parseResult => Run(parseResult.GetValue(Database), parseResult.GetValue(Urls)!, parseResult.GetValue(Token), Console.Out, Console.Error));
    }

    internal Option<string?> Database { get; } = CommonOptions.Database();

    internal Option<string> Urls { get; } = new("--urls")
    {
        Description = "Where to listen (several separated by ';'). The default listens on this machine only.",
        DefaultValueFactory = _ => DefaultUrls,
    };

    internal Option<string?> Token { get; } = new("--token")
    {
        Description = "Bearer token that review actions need (default: $PACTA_TOKEN; prefer it: options show in the process list). Without one, review is disabled.",
    };

    internal static int Run(string? database, string urls, string? token, TextWriter output, TextWriter errors)
    {
        var location = CommonOptions.ResolveDatabase(database);
        // Opened (and migrated) here once, so a mistyped path or an unreachable server fails at start with its
        // reason, not on the first request; the host opens its own store, which serves every request.
        var store = StoreAccess.TryOpen(database, create: false, "serve", errors);
        if (store is null)
        {
            return ExitCodes.Failed;
        }

        store.DisposeAsync().AsTask().GetAwaiter().GetResult();

        var reviewToken = token ?? Environment.GetEnvironmentVariable("PACTA_TOKEN");
        var app = PactaWebHost.Build(new PactaServerSettings(location, urls, reviewToken));
        output.WriteLine($"serve: {AgreementStoreFactory.Describe(location)} at {urls} (review {(string.IsNullOrEmpty(reviewToken) ? "disabled: no --token or PACTA_TOKEN" : "enabled with the bearer token")}); Ctrl+C stops.");
        app.Run();
        return ExitCodes.Success;
    }
}
