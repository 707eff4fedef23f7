using Pacta.Web;

// Run alone with `dotnet run --project src/Pacta.Web -- --Pacta:Database=pacta.db`; `pacta serve` is the usual way.
var app = PactaWebHost.Build(args);
app.Run();

/// <summary>The entry point, public so WebApplicationFactory&lt;Program&gt; can start the host in tests.</summary>
public partial class Program;
