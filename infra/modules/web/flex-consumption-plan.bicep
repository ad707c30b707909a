// Flex Consumption (FC1) plan: Linux, scales to zero, billed per execution and GB-second.

import { tagsType } from '../types.bicep'

@description('Name of the plan.')
param name string

@description('Azure region.')
param location string

@description('Tags for the resource.')
param tags tagsType = {}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    // Flex Consumption is Linux only; `reserved` is how ARM says Linux.
    reserved: true
  }
}

@description('Resource id of the plan.')
output resourceId string = plan.id

@description('Name of the plan.')
output name string = plan.name
