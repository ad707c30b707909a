// One secret in an existing vault. The value goes in and never comes out: the only output is its
// version-less address, which Key Vault references resolve to the latest version.

@description('Name of the vault that holds the secret.')
param vaultName string

@description('Name of the secret: letters, digits and hyphens.')
param name string

@description('The secret value.')
@secure()
param value string

@description('What the value is, shown in the portal (for example "text/plain").')
param contentType string = 'text/plain'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: vaultName
}

resource secret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: name
  properties: {
    value: value
    contentType: contentType
    attributes: {
      enabled: true
    }
  }
}

@description('Version-less address of the secret, for `@Microsoft.KeyVault(SecretUri=...)` references.')
output uri string = secret.properties.secretUri

@description('Name of the secret.')
output name string = secret.name
