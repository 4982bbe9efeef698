using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Welcome;
using TrustBot.Tests.Hosting;
using TrustBot.Tests.Messaging;

namespace TrustBot.Tests.Teams;

/// <summary>
/// Teams group chats and channels over POST /api/messages against a stand-in connector: the bot answers only
/// an @mention, with an invitation to a private chat and nothing about the person; crisis wording gets the line.
/// </summary>
public sealed class GroupChatGuardTests : IAsyncLifetime
{
    private const string GroupId = "19:group-chat-1@thread.v2";
    private const string PersonalLink = "https://teams.microsoft.com/l/chat/0/0?users=28%3Abot-app-id";
    private const string BotMention = """{ "type": "mention", "mentioned": { "id": "28:bot-app-id", "name": "TrustBot" }, "text": "<at>TrustBot</at>" }""";
    private const string SamMention = """{ "type": "mention", "mentioned": { "id": "29:user-2", "name": "Sam" }, "text": "<at>Sam</at>" }""";

    private StandInServer _connector = null!;
    private TrustBotHostFactory _host = null!;
    private HttpClient _client = null!;
    private int _ids;

    public async Task InitializeAsync()
    {
        _connector = await StandInServer.StartAsync();
        _host = new TrustBotHostFactory();
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Theory]
    [InlineData("groupChat", null)]
    [InlineData("channel", SamMention)]
    public async Task UnmentionedMessage_GetsNoReply(string conversationType, string? otherMention)
    {
        var text = otherMention is null ? "hi everyone, check in" : "<at>Sam</at> I want to check in";

        var response = await PostGroupAsync(text, conversationType, otherMention);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task GroupWhereTheBotIsAdded_GetsNoWelcome()
    {
        var update = $$"""
            { "type": "conversationUpdate", "id": "g-add", "serviceUrl": "{{_connector.Url}}", "channelId": "msteams",
              "from": { "id": "29:user-1", "name": "Alex" }, "recipient": { "id": "28:bot-app-id", "name": "TrustBot" },
              "conversation": { "id": "{{GroupId}}", "conversationType": "groupChat", "isGroup": true, "tenantId": "tenant-1" },
              "membersAdded": [ { "id": "28:bot-app-id" }, { "id": "29:user-1" }, { "id": "29:user-2" } ],
              "channelData": { "tenant": { "id": "tenant-1" } } }
            """;

        var response = await PostAsync(update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task MentionedMessage_GetsTheInvitationWithAPrivateChatLinkAndNothingPersonal()
    {
        var response = await PostGroupAsync("<at>TrustBot</at> hello, can we do a check in?");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(_connector.Requests);
        Assert.Contains(Uri.EscapeDataString(GroupId), reply.RawPath, StringComparison.Ordinal);
        var body = JsonNode.Parse(reply.Body)!;
        var text = (string)body["text"]!;
        Assert.Contains("private chat", text, StringComparison.Ordinal);
        Assert.Contains(PersonalLink, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex", text, StringComparison.Ordinal);
        Assert.DoesNotContain(WelcomeMessages.AskConsent, text, StringComparison.Ordinal);
        Assert.Null(body["attachments"]);
        Assert.Null(body["suggestedActions"]);
    }

    [Theory]
    [InlineData("my data")]
    [InlineData("export my data")]
    [InlineData("delete my data")]
    public async Task MyDataInAGroup_ExportsNothingAndKeepsThePersonalChat(string command)
    {
        // Alex has a personal chat with the bot (welcome under way) before asking in the group.
        await PostAsync(Activities.TeamsMessage(_connector.Url, text: "hello", id: "p-1"));
        var personalReplies = _connector.Requests.Count;
        Assert.True(personalReplies > 0);

        await PostGroupAsync("<at>TrustBot</at> " + command);

        var reply = Assert.Single(_connector.Requests.Skip(personalReplies));
        Assert.Contains(Uri.EscapeDataString(GroupId), reply.RawPath, StringComparison.Ordinal);
        Assert.DoesNotContain("trustbot-my-data", reply.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("attachments", reply.Body, StringComparison.Ordinal);
        Assert.Contains(PersonalLink, (string)JsonNode.Parse(reply.Body)!["text"]!, StringComparison.Ordinal);

        // Nothing was deleted or restarted: the personal chat carries on, without a second welcome.
        await PostAsync(Activities.TeamsMessage(_connector.Url, text: "hello", id: "p-2"));
        var later = _connector.Requests.Skip(personalReplies + 1).ToList();
        Assert.NotEmpty(later);
        Assert.DoesNotContain(later, r => r.Body.Contains(WelcomeMessages.Intro, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CrisisInAGroupWithoutAPrivateChat_GivesTheLineDiscreetlyInTheGroup()
    {
        await PostGroupAsync("<at>TrustBot</at> I want to kill myself");

        var reply = Assert.Single(_connector.Requests);
        Assert.Contains(Uri.EscapeDataString(GroupId), reply.RawPath, StringComparison.Ordinal);
        var text = (string)JsonNode.Parse(reply.Body)!["text"]!;
        Assert.Contains("You don't have to go through this alone", text, StringComparison.Ordinal);
        Assert.Contains("If you're in danger right now, call", text, StringComparison.Ordinal);
        Assert.Contains(PersonalLink, text, StringComparison.Ordinal);
        Assert.DoesNotContain("are you safe", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CrisisInAGroupWithAPrivateChat_SendsTheLinePrivatelyAndSaysSoInTheGroup()
    {
        await PostAsync(Activities.TeamsMessage(_connector.Url, text: "hello", id: "p-1"));
        var before = _connector.Requests.Count;

        await PostGroupAsync("<at>TrustBot</at> I want to kill myself");

        var sent = _connector.Requests.Skip(before).ToList();
        Assert.Equal(2, sent.Count);
        var personal = Assert.Single(sent, r => r.RawPath.Contains(Uri.EscapeDataString(Activities.TeamsConversationId), StringComparison.Ordinal));
        Assert.Contains("If you're in danger right now, call", (string)JsonNode.Parse(personal.Body)!["text"]!, StringComparison.Ordinal);
        Assert.Equal("29:user-1", (string?)JsonNode.Parse(personal.Body)!["recipient"]!["id"]);
        var group = Assert.Single(sent, r => r.RawPath.Contains(Uri.EscapeDataString(GroupId), StringComparison.Ordinal));
        var groupText = (string)JsonNode.Parse(group.Body)!["text"]!;
        Assert.Contains("private message", groupText, StringComparison.Ordinal);
        Assert.DoesNotContain("danger", groupText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardActionInvokeInAGroup_IsAnsweredWithTheInvitationNotADialogStep()
    {
        var invoke = GroupActivity("", "groupChat", null)
            .Replace("\"type\": \"message\"", "\"type\": \"invoke\", \"name\": \"adaptiveCard/action\", \"value\": { \"action\": { \"type\": \"Action.Execute\", \"data\": { \"choice\": \"Yes\" } } }", StringComparison.Ordinal);

        var response = await PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Contains(PersonalLink, (string)body["value"]!, StringComparison.Ordinal);
        Assert.Empty(_connector.Requests);
    }

    private Task<HttpResponseMessage> PostGroupAsync(string text, string conversationType = "groupChat", string? otherMention = null) =>
        PostAsync(GroupActivity(text, conversationType, text.Contains("<at>TrustBot</at>", StringComparison.Ordinal) ? BotMention : otherMention));

    private string GroupActivity(string text, string conversationType, string? mention)
    {
        var id = "g-" + Interlocked.Increment(ref _ids);
        var team = conversationType == "channel" ? """, "team": { "id": "19:team-1@thread.tacv2" }, "channel": { "id": "19:general@thread.tacv2" }""" : string.Empty;
        return $$"""
            {
              "type": "message",
              "id": "{{id}}",
              "timestamp": "2026-11-22T10:00:00.000Z",
              "serviceUrl": "{{_connector.Url}}",
              "channelId": "msteams",
              "from": { "id": "29:user-1", "name": "Alex", "aadObjectId": "00000000-0000-0000-0000-000000000020" },
              "conversation": { "id": "{{GroupId}}", "conversationType": "{{conversationType}}", "isGroup": true, "tenantId": "tenant-1" },
              "recipient": { "id": "28:bot-app-id", "name": "TrustBot" },
              "locale": "en-US",
              "text": "{{text}}",
              "entities": [ {{mention}} ],
              "channelData": { "tenant": { "id": "tenant-1" }{{team}} }
            }
            """;
    }

    private async Task<HttpResponseMessage> PostAsync(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await _client.PostAsync("/api/messages", content);
    }
}
