using Delegation.Api;
using Delegation.Core;
using Delegation.Infrastructure;
using Delegation.Standalone.Diagnostics;
using Delegation.Standalone.Endpoints;
using Delegation.Standalone.Hosting;
using Delegation.Standalone.Reports;

// appsettings.json sits beside the binary; data folders (.data/...) stay relative to where the host is started.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddStandaloneHosting();
builder.Services.AddDelegationCore().AddDelegationInfrastructure(builder.Configuration).AddDelegationApi();
builder.AddStandaloneDurableTask();
builder.AddIntakeRateLimiting();
builder.AddMonthlyReportsSchedule();
builder.AddStandaloneTelemetry();

var app = builder.Build();
await app.PrepareDurableBackendAsync();
app.UseReadinessGate();
app.MapDurableTaskSidecar();
app.UseRateLimiter();
if (CeilingProbe.IsEnabled(app.Configuration))
{
    app.MapCeilingProbe();
}

app.MapDelegationApi();
await app.RunAsync();
