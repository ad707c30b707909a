// Storage for the Functions host, Durable Functions' Azure Storage provider (blobs, queues and tables)
// and the app's documents. Entra ID only: shared keys are off, so no connection string can work.

import { roleAssignmentType, tagsType } from '../types.bicep'

@description('Name of the account: 3-24 lowercase letters and digits.')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags for the resource.')
param tags tagsType = {}

@description('Blob containers to create (deployment packages, documents).')
param containerNames string[] = []

@description('Days a deleted blob can be restored; documents are written once and never meant to vanish.')
@minValue(1)
@maxValue(365)
param blobDeleteRetentionDays int = 7

@description('Roles granted on the account.')
param roleAssignments roleAssignmentType[] = []

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    dnsEndpointType: 'Standard'
    minimumTlsVersion: 'TLS1_2'
    // Flex Consumption without a virtual network reaches the account over its public endpoint.
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: blobDeleteRetentionDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: blobDeleteRetentionDays
    }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [
  for containerName in containerNames: {
    parent: blobService
    name: containerName
    properties: {
      publicAccess: 'None'
    }
  }
]

// Durable Functions' Azure Storage provider keeps its work items in queues and its history in tables.
resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource accountRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for assignment in roleAssignments: {
    name: guid(account.id, assignment.principalId, assignment.roleDefinitionId)
    scope: account
    properties: {
      principalId: assignment.principalId
      principalType: assignment.principalType
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', assignment.roleDefinitionId)
    }
  }
]

@description('Resource id of the account.')
output resourceId string = account.id

@description('Name of the account.')
output name string = account.name

@description('Blob endpoint, ending in "/".')
output blobEndpoint string = account.properties.primaryEndpoints.blob

@description('Queue endpoint, ending in "/".')
output queueEndpoint string = account.properties.primaryEndpoints.queue

@description('Table endpoint, ending in "/".')
output tableEndpoint string = account.properties.primaryEndpoints.table
