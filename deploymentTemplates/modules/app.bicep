// The web app that hosts TrustBot: a Linux App Service plan, the app (.NET 10) and the
// user-assigned managed identity that is the bot's identity (UserAssignedMSI) or only the app's (SingleTenant).

@description('Web app name; the bot is reached at https://<appName>.azurewebsites.net/api/messages.')
param appName string

@description('Azure region of the plan, the app and the identity.')
param location string

@description('App Service plan size. B1 or higher: Always On keeps scheduled check-ins running.')
param planSku string

@description('UserAssignedMSI: the managed identity is the bot identity (no secret). SingleTenant: an Entra app registration with a client secret.')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param appType string

@description('SingleTenant only: the Entra app registration\'s client id.')
param singleTenantAppId string

@description('SingleTenant only: the app registration\'s client secret.')
@secure()
param singleTenantAppPassword string

@description('SingleTenant only: the tenant of the app registration.')
param tenantId string

@description('Where TrustBot keeps its SQLite file. /home is the App Service persistent storage.')
param dataFolder string

param tags object

var usesManagedIdentity = appType == 'UserAssignedMSI'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${appName}-id'
  location: location
  tags: tags
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${appName}-plan'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: planSku
  }
  properties: {
    reserved: true // Linux
  }
}

var botAppId = usesManagedIdentity ? identity.properties.clientId : singleTenantAppId
var botTenantId = usesManagedIdentity ? identity.properties.tenantId : tenantId

// Names as TrustBot reads them (the Bot Framework SDK's keys; ':' becomes '__' in environment variables).
var commonSettings = [
  {
    name: 'MicrosoftAppType'
    value: appType
  }
  {
    name: 'MicrosoftAppId'
    value: botAppId
  }
  {
    name: 'MicrosoftAppTenantId'
    value: botTenantId
  }
  {
    name: 'Storage__DataFolder'
    value: dataFolder
  }
  {
    // Keeps /home mounted as persistent storage (the default for code apps, stated so nobody turns it off).
    name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE'
    value: 'true'
  }
  {
    name: 'ASPNETCORE_ENVIRONMENT'
    value: 'Production'
  }
]
var secretSettings = usesManagedIdentity
  ? []
  : [
      {
        name: 'MicrosoftAppPassword'
        value: singleTenantAppPassword
      }
    ]

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      webSocketsEnabled: true // Direct Line streaming for the website widget
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      healthCheckPath: '/healthz'
      // One instance: SQLite on the shared /home file system must have a single writer.
      numberOfWorkers: 1
      appSettings: concat(commonSettings, secretSettings)
    }
  }
}

output appName string = site.name
output hostName string = site.properties.defaultHostName
output botAppId string = botAppId
output botTenantId string = botTenantId
output identityResourceId string = identity.id
output identityPrincipalId string = identity.properties.principalId
