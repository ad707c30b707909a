using Delegation.Api;
using Delegation.Functions.Hosting;
using Delegation.Core;
using Delegation.Infrastructure;
using Delegation.Infrastructure.Email;
using Delegation.Infrastructure.Hosting;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddDelegationCore().AddDelegationInfrastructure(builder.Configuration).AddDelegationApi().AddAzureBaseUrlDefault();
// On Azure the outbox is an instance's /tmp, lost on scale-in: without SendGrid the app needs Email:AllowOutbox.
builder.Services.RequireDeliveredEmail();
builder.Services.AddFunctionsTelemetry(builder.Configuration);
builder.Build().Run();
