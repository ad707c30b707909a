using Delegation.Api;
using Delegation.Core;
using Delegation.Infrastructure;
using Delegation.Infrastructure.Hosting;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddDelegationCore().AddDelegationInfrastructure(builder.Configuration).AddDelegationApi().AddAzureBaseUrlDefault();
builder.Build().Run();
