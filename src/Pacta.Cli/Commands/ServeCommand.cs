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
        var path = CommonOptions.ResolveDatabase(database);
        if (!File.Exists(path))
        {
            // Checked here so a mistyped path fails at start, not on the first request.
            errors.WriteLine($"serve: database '{path}' does not exist. Run `pacta ingest` first, or point --db (or PACTA_DB) at an existing database.");
            return ExitCodes.Failed;
        }

        var reviewToken = token ?? Environment.GetEnvironmentVariable("PACTA_TOKEN");
        var app = PactaWebHost.Build(new PactaServerSettings(path, urls, reviewToken));
        output.WriteLine($"serve: {path} at {urls} (review {(string.IsNullOrEmpty(reviewToken) ? "disabled: no --token or PACTA_TOKEN" : "enabled with the bearer token")}); Ctrl+C stops.");
        app.Run();
        return ExitCodes.Success;
    }
}
