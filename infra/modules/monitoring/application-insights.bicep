// Application Insights on a Log Analytics workspace. Local auth is off: only Entra ID tokens
// (the app's identity with Monitoring Metrics Publisher) can send telemetry.

import { roleAssignmentType, tagsType } from '../types.bicep'

@description('Name of the component.')
param name string

@description('Azure region.')
param location string

@description('Tags for the resource.')
param tags tagsType = {}

@description('Resource id of the Log Analytics workspace that stores the telemetry.')
param workspaceResourceId string

@description('Roles granted on the component.')
param roleAssignments roleAssignmentType[] = []

resource component 'Microsoft.Insights/components@2020-02-02' = {
  name: name
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    DisableLocalAuth: true
    IngestionMode: 'LogAnalytics'
    WorkspaceResourceId: workspaceResourceId
  }
}

resource componentRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for assignment in roleAssignments: {
    name: guid(component.id, assignment.principalId, assignment.roleDefinitionId)
    scope: component
    properties: {
      principalId: assignment.principalId
      principalType: assignment.principalType
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', assignment.roleDefinitionId)
    }
  }
]

@description('Resource id of the component.')
output resourceId string = component.id

@description('Name of the component.')
output name string = component.name
