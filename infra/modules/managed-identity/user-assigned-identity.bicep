// User-assigned managed identity: the one identity the Function App uses for storage, monitoring and Key Vault.

import { tagsType } from '../types.bicep'

@description('Name of the identity.')
param name string

@description('Azure region.')
param location string

@description('Tags for the resource.')
param tags tagsType = {}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id of the identity.')
output resourceId string = identity.id

@description('Name of the identity.')
output name string = identity.name

@description('Object id, used in role assignments.')
output principalId string = identity.properties.principalId

@description('Client id, used by the app to ask for tokens as this identity.')
output clientId string = identity.properties.clientId
