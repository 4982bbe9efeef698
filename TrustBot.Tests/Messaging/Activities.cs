namespace TrustBot.Tests.Messaging;

/// <summary>Inbound activity JSON as channels send it.</summary>
public static class Activities
{
    public const string TeamsConversationId = "a:1xyz;messageid=123@thread.tacv2=";
    public const string TeamsActivityId = "1:act=1;x@y";

    public static string TeamsMessage(string serviceUrl, string text = "hello", string id = TeamsActivityId, string? extra = null) => $$"""
        {
          "type": "message",
          "id": "{{id}}",
          "timestamp": "2026-11-22T10:00:00.000Z",
          "serviceUrl": "{{serviceUrl}}",
          "channelId": "msteams",
          "from": { "id": "29:user-1", "name": "Alex", "aadObjectId": "00000000-0000-0000-0000-000000000020" },
          "conversation": { "id": "{{TeamsConversationId}}", "conversationType": "personal", "tenantId": "tenant-1" },
          "recipient": { "id": "28:bot-app-id", "name": "TrustBot" },
          "locale": "en-US",
          "text": "{{text}}",
          "channelData": { "tenant": { "id": "tenant-1" } }{{extra}}
        }
        """;

    public static string DirectLineConversationUpdate(string serviceUrl) => $$"""
        {
          "type": "conversationUpdate",
          "id": "dl-1",
          "serviceUrl": "{{serviceUrl}}",
          "channelId": "directline",
          "from": { "id": "dl_user" },
          "conversation": { "id": "conv|0001" },
          "recipient": { "id": "bot" },
          "membersAdded": [ { "id": "bot" }, { "id": "dl_user" } ]
        }
        """;
}
