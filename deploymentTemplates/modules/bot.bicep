// The Azure Bot registration for TrustBot and its channels: Microsoft Teams, Direct Line and Web Chat.
// Deployed after the app, because the messaging endpoint is the app's host name.

@description('The bot handle (globally unique).')
param botName string

@description('Name shown in channels.')
param displayName string

@description('https://<app host>/api/messages')
param endpoint string

@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param appType string

@description('The Microsoft App Id: the managed identity\'s client id (UserAssignedMSI) or the app registration\'s client id (SingleTenant).')
param msaAppId string

param msaAppTenantId string

@description('UserAssignedMSI only: the identity\'s resource id.')
param msaAppMsiResourceId string

@description('F0 (free, standard channels) or S1 (paid, premium channels and higher limits).')
@allowed([
  'F0'
  'S1'
])
param sku string

param tags object

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: appType
    msaAppId: msaAppId
    msaAppTenantId: msaAppTenantId
    msaAppMSIResourceId: appType == 'UserAssignedMSI' ? msaAppMsiResourceId : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: false
          isBlockUserUploadEnabled: true
        }
      ]
    }
  }
}

resource webChat 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: {
    channelName: 'WebChatChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isWebchatPreviewEnabled: true
          isBlockUserUploadEnabled: true
        }
      ]
    }
  }
}

output botName string = bot.name
output msaAppId string = msaAppId
