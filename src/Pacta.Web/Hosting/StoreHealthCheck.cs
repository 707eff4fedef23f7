using System.Data.Common;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Pacta.Storage;

namespace Pacta.Web.Hosting;

/// <summary>Readiness: the server can answer only when its database does. Opening the store is part of the check,
/// because the store is opened on first use and a database that is down at start-up must read as "not ready" rather
/// than fail the probe itself.</summary>
public sealed class StoreHealthCheck(IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var store = services.GetRequiredService<IAgreementStore>();
            return await store.PingAsync(cancellationToken).ConfigureAwait(false)
                ? HealthCheckResult.Healthy("the database answers")
                : HealthCheckResult.Unhealthy("the database does not answer");
        }
        catch (Exception e) when (e is DbException or StoreNotFoundException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("the database cannot be opened: " + e.Message);
        }
    }
}
