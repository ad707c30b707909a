// Log Analytics workspace: where Application Insights keeps the app's requests, traces and exceptions.

import { tagsType } from '../types.bicep'

@description('Name of the workspace.')
param name string

@description('Azure region.')
param location string

@description('Tags for the resource.')
param tags tagsType = {}

@description('Days of data kept; 30 is included in the price of ingestion.')
@minValue(30)
@maxValue(730)
param retentionInDays int = 30

@description('Daily ingestion cap in GB, a guard against a runaway log loop; -1 for none.')
param dailyQuotaGb int = 1

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
    workspaceCapping: {
      dailyQuotaGb: dailyQuotaGb
    }
    features: {
      disableLocalAuth: true
    }
  }
}

@description('Resource id of the workspace.')
output resourceId string = workspace.id

@description('Name of the workspace.')
output name string = workspace.name
