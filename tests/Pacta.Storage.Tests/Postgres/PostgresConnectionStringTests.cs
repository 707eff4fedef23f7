using Pacta.Storage.Postgres;
using Xunit;

namespace Pacta.Storage.Tests.Postgres;

/// <summary>Telling PostgreSQL from SQLite locations and reading URIs: needs no server.</summary>
public sealed class PostgresConnectionStringTests
{
    [Theory]
    [InlineData("Host=localhost;Database=pacta", true)]
    [InlineData("host=db;database=pacta;username=u", true)]
    [InlineData("postgres://u:p@db:5433/pacta", true)]
    [InlineData("postgresql://db/pacta", true)]
    [InlineData("pacta.db", false)]
    [InlineData("Data Source=/tmp/pacta.db", false)]
    [InlineData("/var/data/hostnames.db", false)]
    public void IsPostgres_Location_TellsProvider(string location, bool expected)
    {
        Assert.Equal(expected, AgreementStoreFactory.IsPostgres(location));
    }

    [Fact]
    public void Parse_Uri_GivesKeywords()
    {
        var builder = PostgresConnectionString.Parse("postgresql://ana%40team:s%3Acret@db.example:5433/pacta?sslmode=require&Maximum%20Pool%20Size=50");

        Assert.Equal("db.example", builder.Host);
        Assert.Equal(5433, builder.Port);
        Assert.Equal("ana@team", builder.Username);
        Assert.Equal("s:cret", builder.Password);
        Assert.Equal("pacta", builder.Database);
        Assert.Equal(Npgsql.SslMode.Require, builder.SslMode);
        Assert.Equal(50, builder.MaxPoolSize);
    }

    [Fact]
    public void Parse_UriWithoutPort_KeepsDefaultPort()
    {
        var builder = PostgresConnectionString.Parse("postgres://db/pacta");

        Assert.Equal(5432, builder.Port);
        Assert.Null(builder.Username);
    }

    [Fact]
    public void Describe_LeavesPasswordOut()
    {
        var text = AgreementStoreFactory.Describe("Host=db;Port=5433;Username=u;Password=secret;Database=pacta");

        Assert.Equal("postgres://u@db:5433/pacta", text);
        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
    }
}
