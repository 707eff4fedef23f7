namespace Pacta.Web.Hosting;

/// <summary>What <c>pacta serve</c> starts the host with.</summary>
/// <param name="Database">The store (a SQLite file); it must exist.</param>
/// <param name="Urls">Where to listen, e.g. http://127.0.0.1:5000 (several separated by ';').</param>
/// <param name="Token">The bearer token review actions need; null or empty disables review.</param>
public sealed record PactaServerSettings(string Database, string Urls, string? Token);
