// Delegation on Azure: a resource group with a Flex Consumption Function App running as a
// user-assigned identity, its storage (Durable Functions state and documents), monitoring and a Key
// Vault for its secrets. No key or connection string with a key is created or handed out anywhere.
// `azd up` deploys it (azure.yaml); `bash infra/check.sh` builds and lints it.

targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; with the subscription and region it seeds every resource name.')
param environmentName string

@minLength(1)
@description('Azure region for every resource (one where Flex Consumption is offered).')
@metadata({ azd: { type: 'location' } })
param location string

@description('Object id of the person or pipeline running the deployment; given Key Vault Secrets Officer to rotate secrets. Empty for none.')
param principalId string = ''

@description('Kind of principal `principalId` is.')
@allowed([ 'User', 'ServicePrincipal', 'Group' ])
param principalType string = 'User'

@description('SendGrid API key, stored in Key Vault. Empty: no SendGrid, and emails go to the outbox on the instance\'s local disk, where nobody reads them.')
@secure()
param sendGridApiKey string = ''

@description('Plan-id signing key (base64, at least 32 bytes), stored in Key Vault. Empty: the app generates one once and keeps it in storage.')
@secure()
param signingKey string = ''

@description('Sender address; a verified sender in SendGrid.')
param emailFromAddress string = 'plans@delegation.example'

@description('Sender name.')
param emailFromName string = 'Delegation'

@description('Public address used for links in emails, ending in "/". Empty: the function app\'s https host name.')
param appBaseUrl string = ''

@description('SendGrid API address; https://api.eu.sendgrid.com for EU data residency.')
param sendGridHost string = 'https://api.sendgrid.com'

@description('When monthly reports run: six-field NCRONTAB, in UTC (Flex Consumption has no WEBSITE_TIME_ZONE).')
param reportsSchedule string = '0 0 8 1 * *'

@description('Divides every wait of the workflow; at least 1. 1 in production; larger only to rehearse a plan in minutes (10080 makes a week a minute). Below 1 the app refuses to start.')
@minValue(1)
param workflowTimeScale int = 1

@description('Accept that, without sendGridApiKey, emails go to an instance\'s local disk, where nobody receives them and scale-in deletes them. Without SendGrid and without this, the app refuses to start.')
param allowEmailOutbox bool = false

@description('Memory of each Function App instance, in MB.')
@allowed([ 512, 2048, 4096 ])
param instanceMemoryMB int = 2048

@description('Most instances Flex Consumption may scale out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
// Names known before deployment (not module outputs), so What-If can predict every resource.
var functionAppName = 'func-api-${resourceToken}'
var storageAccountName = 'st${resourceToken}'
var applicationInsightsName = 'appi-${resourceToken}'
var keyVaultName = 'kv-${resourceToken}'
var deploymentContainerName = 'app-package-${resourceToken}'
// Must match Storage:ContainerName (StorageOptions' default); the app also creates it if missing.
var documentsContainerName = 'delegation'

// Built-in role definition ids (the same in every tenant).
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  keyVaultSecretsOfficer: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
}

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/managed-identity/user-assigned-identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: 'id-api-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage/storage-account.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: storageAccountName
    location: location
    tags: tags
    containerNames: [ deploymentContainerName, documentsContainerName ]
    // Blob owner, not contributor: the Durable Task provider takes blob leases to partition work.
    roleAssignments: [
      { principalId: identity.outputs.principalId, roleDefinitionId: roles.storageBlobDataOwner, principalType: 'ServicePrincipal' }
      { principalId: identity.outputs.principalId, roleDefinitionId: roles.storageQueueDataContributor, principalType: 'ServicePrincipal' }
      { principalId: identity.outputs.principalId, roleDefinitionId: roles.storageTableDataContributor, principalType: 'ServicePrincipal' }
    ]
  }
}

module logAnalytics 'modules/monitoring/log-analytics-workspace.bicep' = {
  name: 'log-analytics'
  scope: rg
  params: {
    name: 'log-${resourceToken}'
    location: location
    tags: tags
  }
}

module applicationInsights 'modules/monitoring/application-insights.bicep' = {
  name: 'application-insights'
  scope: rg
  params: {
    name: applicationInsightsName
    location: location
    tags: tags
    workspaceResourceId: logAnalytics.outputs.resourceId
    roleAssignments: [
      { principalId: identity.outputs.principalId, roleDefinitionId: roles.monitoringMetricsPublisher, principalType: 'ServicePrincipal' }
    ]
  }
}

module keyVault 'modules/key-vault/vault.bicep' = {
  name: 'key-vault'
  scope: rg
  params: {
    name: keyVaultName
    location: location
    tags: tags
    roleAssignments: concat(
      [ { principalId: identity.outputs.principalId, roleDefinitionId: roles.keyVaultSecretsUser, principalType: 'ServicePrincipal' } ],
      empty(principalId) ? [] : [ { principalId: principalId, roleDefinitionId: roles.keyVaultSecretsOfficer, principalType: principalType } ]
    )
  }
}

module sendGridSecret 'modules/key-vault/secret.bicep' = if (!empty(sendGridApiKey)) {
  name: 'secret-sendgrid-api-key'
  scope: rg
  dependsOn: [ keyVault ]
  params: {
    vaultName: keyVaultName
    name: 'sendgrid-api-key'
    value: sendGridApiKey
  }
}

module signingKeySecret 'modules/key-vault/secret.bicep' = if (!empty(signingKey)) {
  name: 'secret-signing-key'
  scope: rg
  dependsOn: [ keyVault ]
  params: {
    vaultName: keyVaultName
    name: 'signing-key'
    value: signingKey
  }
}

module plan 'modules/web/flex-consumption-plan.bicep' = {
  name: 'plan'
  scope: rg
  params: {
    name: 'plan-${resourceToken}'
    location: location
    tags: tags
  }
}

// A secret that was not given gets no setting at all: an unresolvable reference would reach the app as
// the literal "@Microsoft.KeyVault(...)" text and be taken for a key.
var secretSettings = union(
  empty(sendGridApiKey) ? {} : { SendGrid__ApiKey: '@Microsoft.KeyVault(SecretUri=${sendGridSecret!.outputs.uri})' },
  empty(signingKey) ? {} : { Security__SigningKey: '@Microsoft.KeyVault(SecretUri=${signingKeySecret!.outputs.uri})' }
)

module api 'modules/web/function-app.bicep' = {
  name: 'api'
  scope: rg
  // Roles are granted inside these modules (and the vault's before any secret): waiting for them means
  // the app's first start can already read storage, send telemetry and resolve Key Vault references.
  dependsOn: [ storage, applicationInsights ]
  params: {
    name: functionAppName
    location: location
    tags: union(tags, { 'azd-service-name': 'api' })
    planResourceId: plan.outputs.resourceId
    identityResourceId: identity.outputs.resourceId
    identityClientId: identity.outputs.clientId
    storageAccountName: storageAccountName
    deploymentContainerName: deploymentContainerName
    applicationInsightsName: applicationInsightsName
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    baseUrl: appBaseUrl
    appSettings: union(secretSettings, {
      Email__FromAddress: emailFromAddress
      Email__FromName: emailFromName
      // Without SendGrid the outbox is used, only with allowEmailOutbox: /tmp is one instance's local disk, lost on scale-in.
      Email__OutboxPath: '/tmp/delegation/outbox'
      SendGrid__Host: sendGridHost
      Storage__ContainerName: documentsContainerName
      Reports__Schedule: reportsSchedule
      Workflow__TimeScale: string(workflowTimeScale)
    }, allowEmailOutbox ? { Email__AllowOutbox: 'true' } : {})
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_NAME string = api.outputs.name
output SERVICE_API_NAME string = api.outputs.name
output SERVICE_API_URI string = api.outputs.uri
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_URI string = keyVault.outputs.uri
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output APPLICATIONINSIGHTS_NAME string = applicationInsights.outputs.name
output AZURE_LOG_ANALYTICS_WORKSPACE_NAME string = logAnalytics.outputs.name
