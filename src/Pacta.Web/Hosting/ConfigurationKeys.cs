namespace Pacta.Web.Hosting;

/// <summary>The configuration keys the host reads (from <c>pacta serve</c>, the command line, or the environment as
/// Pacta__Database / Pacta__Token, with PACTA_DB / PACTA_TOKEN as fallbacks, the same variables the CLI reads).</summary>
public static class ConfigurationKeys
{
    public const string Database = "Pacta:Database";
    public const string Token = "Pacta:Token";

    public static string DatabaseOf(IConfiguration configuration) =>
        configuration[Database] is { Length: > 0 } database ? database
        : configuration["PACTA_DB"] is { Length: > 0 } fromEnvironment ? fromEnvironment
        : "pacta.db";

    /// <summary>The review token; an explicitly empty Pacta:Token disables review even when PACTA_TOKEN is set.</summary>
    public static string? TokenOf(IConfiguration configuration) =>
        configuration[Token] ?? configuration["PACTA_TOKEN"];
}
