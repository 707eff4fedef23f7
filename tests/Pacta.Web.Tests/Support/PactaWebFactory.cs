using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Pacta.Web.Hosting;

namespace Pacta.Web.Tests.Support;

/// <summary>The real host in memory over a test database, with review enabled by <paramref name="token"/> (an empty
/// token disables it).</summary>
public sealed class PactaWebFactory(string database, string token) : WebApplicationFactory<Program>
{
    public const string Token = "test-token-7f3a";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(ConfigurationKeys.Database, database);
        builder.UseSetting(ConfigurationKeys.Token, token);
        builder.UseEnvironment("Production");
    }
}
