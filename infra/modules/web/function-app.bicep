// Function App on Flex Consumption: .NET isolated worker, deployed from a blob container, running as a
// user-assigned identity that reaches storage, Application Insights and Key Vault without any key.

import { appSettingsType, tagsType } from '../types.bicep'

@description('Name of the app; also its default host name.')
param name string

@description('Azure region.')
param location string

@description('Tags for the resource; azd finds the app to deploy by its `azd-service-name` tag.')
param tags tagsType = {}

@description('Resource id of the Flex Consumption plan.')
param planResourceId string

@description('Resource id of the user-assigned identity the app runs as.')
param identityResourceId string

@description('Client id of that identity.')
param identityClientId string

@description('Name of the storage account (AzureWebJobsStorage, Durable state, deployment packages, documents).')
param storageAccountName string

@description('Blob container that holds the deployment package.')
param deploymentContainerName string

@description('Name of the Application Insights component.')
param applicationInsightsName string

@description('Worker runtime.')
@allowed([ 'dotnet-isolated' ])
param runtimeName string = 'dotnet-isolated'

@description('Worker runtime version.')
param runtimeVersion string = '10.0'

@description('Memory of each instance, in MB.')
@allowed([ 512, 2048, 4096 ])
param instanceMemoryMB int = 2048

@description('Most instances the platform may scale out to (40-1000).')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Concurrent HTTP requests one instance takes before the platform adds another.')
@minValue(1)
@maxValue(1000)
param httpPerInstanceConcurrency int = 16

@description('Public address used for links in emails, ending in "/"; empty for the app\'s own https host name.')
param baseUrl string = ''

@description('The app\'s own settings, added to the platform ones (storage, monitoring, base URL).')
param appSettings appSettingsType = {}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityResourceId}': {}
    }
  }
  properties: {
    serverFarmId: planResourceId
    httpsOnly: true
    // Key Vault references in app settings are resolved as this identity, not a system-assigned one.
    keyVaultReferenceIdentity: identityResourceId
    siteConfig: {
      ftpsState: 'Disabled'
      http20Enabled: true
      minTlsVersion: '1.2'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityResourceId
          }
        }
      }
      scaleAndConcurrency: {
        // Durable Functions on Flex: one instance of the `durable` group (orchestrators, activities)
        // stays warm, so a form posted to an idle app starts at once instead of after a cold start
        // and the platform's first scale decision. It is billed even when idle (README, "Cost").
        alwaysReady: [
          {
            name: 'durable'
            instanceCount: 1
          }
        ]
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
        triggers: {
          http: {
            perInstanceConcurrency: httpPerInstanceConcurrency
          }
        }
      }
      runtime: {
        name: runtimeName
        version: runtimeVersion
      }
    }
  }
}

// Publishing with a user name and password is off; azd deploys with an Entra ID token.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

// Identity-based AzureWebJobsStorage: the host, Durable Functions and the app's BlobDocumentStore all read these.
var platformSettings = {
  AzureWebJobsStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
  AzureWebJobsStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
  AzureWebJobsStorage__tableServiceUri: storage.properties.primaryEndpoints.table
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  App__BaseUrl: empty(baseUrl) ? 'https://${app.properties.defaultHostName}/' : baseUrl
}

resource settings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: app
  name: 'appsettings'
  properties: union(appSettings, platformSettings)
}

@description('Resource id of the app.')
output resourceId string = app.id

@description('Name of the app.')
output name string = app.name

@description('The app\'s https address, ending in "/".')
output uri string = 'https://${app.properties.defaultHostName}/'
