using Azure.Identity;
using Azure.Storage.Blobs;
using Delegation.Core.Ports;
using Delegation.Infrastructure.Email;
using Delegation.Infrastructure.Hosting;
using Delegation.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Delegation.Infrastructure;

/// <summary>Chooses and registers the adapters for Core's ports from configuration.</summary>
public static class DependencyInjection
{
    /// <summary>The storage setting Azure Functions itself uses; one account serves Durable state and documents.</summary>
    public const string StorageSetting = "AzureWebJobsStorage";

    /// <summary>
    /// Documents: Blob Storage when <c>AzureWebJobsStorage</c> is a connection string or names a
    /// <c>blobServiceUri</c> (managed identity), else a local folder. Email: SendGrid when
    /// <c>SendGrid:ApiKey</c> is set, else the .eml outbox.
    /// </summary>
    public static IServiceCollection AddDelegationInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddKeyVaultReferenceCheck();
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>>(new ProblemValidator<StorageOptions>(o => o.Problem()));
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EmailOptions>>(new ProblemValidator<EmailOptions>(o => o.Problem()));

        var blobs = BlobServiceFromConfiguration(configuration);
        if (blobs is not null)
        {
            services.AddSingleton<IDocumentStore>(sp =>
                new BlobDocumentStore(blobs.GetBlobContainerClient(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ContainerName)));
        }
        else
        {
            services.AddSingleton<IDocumentStore>(sp =>
                new LocalFolderDocumentStore(sp.GetRequiredService<IOptions<StorageOptions>>().Value.LocalPath));
        }

        if (!string.IsNullOrWhiteSpace(configuration[$"{SendGridOptions.Section}:ApiKey"]))
        {
            services.AddOptions<SendGridOptions>().BindConfiguration(SendGridOptions.Section).ValidateOnStart();
            services.AddSingleton<IValidateOptions<SendGridOptions>, SendGridOptionsValidator>();
            services.TryAddSingleton(TimeProvider.System);
            services.AddSendGridHttpClient();
            services.AddSingleton<EmailClaims>();
            services.AddSingleton<IEmailSender, SendGridEmailSender>();
        }
        else
        {
            services.AddOptions<SendGridOptions>().BindConfiguration(SendGridOptions.Section);
            services.AddSingleton<IEmailSender, OutboxEmailSender>();
        }

        return services;
    }

    /// <summary>True when storage is configured, so documents and Durable state are durable.</summary>
    public static bool HasStorageAccount(IConfiguration configuration) => BlobServiceFromConfiguration(configuration) is not null;

    static BlobServiceClient? BlobServiceFromConfiguration(IConfiguration configuration)
    {
        var connectionString = configuration[StorageSetting];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new BlobServiceClient(connectionString);
        }

        // Identity-based connection, as Functions reads it: AzureWebJobsStorage__blobServiceUri (+ __clientId).
        var section = configuration.GetSection(StorageSetting);
        if (section["blobServiceUri"] is { Length: > 0 } uri)
        {
            var credential = section["clientId"] is { Length: > 0 } clientId
                ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
                : (Azure.Core.TokenCredential)new DefaultAzureCredential();
            return new BlobServiceClient(new Uri(uri), credential);
        }

        return null;
    }
}
