// TrustBot on Azure: App Service (Linux, .NET 10) with a user-assigned managed identity, then the
// Azure Bot registration pointing at it with the Teams, Direct Line and Web Chat channels.
// Deploy: az deployment group create -g <rg> -f deploymentTemplates/main.bicep -p deploymentTemplates/main.parameters.json
targetScope = 'resourceGroup'

@description('Short base name for every resource (letters, digits, hyphens).')
@minLength(2)
@maxLength(30)
param name string

@description('Region of the App Service and the identity (the bot registration itself is global).')
param location string = resourceGroup().location

@description('UserAssignedMSI (recommended: no secret to rotate) or SingleTenant (an existing Entra app registration with a secret).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param appType string = 'UserAssignedMSI'

@description('SingleTenant only: the Entra app registration\'s client id.')
param singleTenantAppId string = ''

@description('SingleTenant only: its client secret (pass from Key Vault, never commit it).')
@secure()
param singleTenantAppPassword string = ''

@description('SingleTenant only: the app registration\'s tenant.')
param tenantId string = tenant().tenantId

@description('Azure Bot pricing tier.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('App Service plan size (B1 or higher for Always On).')
param planSku string = 'B1'

@description('Web app name (global DNS name). Default: <name>-<unique suffix>.')
param appName string = '${name}-${uniqueString(resourceGroup().id)}'

@description('Bot handle (globally unique). Default: <name>-bot-<unique suffix>.')
param botName string = '${name}-bot-${uniqueString(resourceGroup().id)}'

@description('Name people see in Teams and Web Chat.')
param botDisplayName string = 'TrustBot'

param tags object = {
  app: 'trustbot'
}

module app 'modules/app.bicep' = {
  name: 'trustbot-app'
  params: {
    appName: appName
    location: location
    planSku: planSku
    appType: appType
    singleTenantAppId: singleTenantAppId
    singleTenantAppPassword: singleTenantAppPassword
    tenantId: tenantId
    dataFolder: '/home/data'
    tags: tags
  }
}

// Needs the app's host name, so it always follows the app.
module bot 'modules/bot.bicep' = {
  name: 'trustbot-bot'
  params: {
    botName: botName
    displayName: botDisplayName
    endpoint: 'https://${app.outputs.hostName}/api/messages'
    appType: appType
    msaAppId: app.outputs.botAppId
    msaAppTenantId: app.outputs.botTenantId
    msaAppMsiResourceId: app.outputs.identityResourceId
    sku: botSku
    tags: tags
  }
}

output appName string = app.outputs.appName
output messagingEndpoint string = 'https://${app.outputs.hostName}/api/messages'
output botName string = bot.outputs.botName
@description('Use as BOT_ID for deploymentTemplates/package-teams-app.sh.')
output botAppId string = app.outputs.botAppId
