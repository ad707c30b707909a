// Shapes shared by the resource modules, after Azure Verified Modules' `roleAssignments` parameter.

@export()
@description('A role granted on the resource a module creates.')
type roleAssignmentType = {
  @description('Object id of the identity that receives the role.')
  principalId: string

  @description('GUID of the built-in role definition (see main.bicep\'s `roles`).')
  roleDefinitionId: string

  @description('Kind of principal; naming it spares Entra ID a lookup that can race a new identity.')
  principalType: ('ServicePrincipal' | 'User' | 'Group')
}

@export()
@description('Resource tags: names to text values.')
type tagsType = { *: string }

@export()
@description('App settings: names (`__` for `:`) to text values.')
type appSettingsType = { *: string }
