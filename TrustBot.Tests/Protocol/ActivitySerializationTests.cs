using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Tests.Protocol;

/// <summary>Round trips of real payloads: what a channel sends must reach the bot intact and go back out unchanged.</summary>
public sealed class ActivitySerializationTests
{
    // Shape recorded from the Agents Playground (Teams personal chat), clients.md section 6.
    private const string TeamsMessage = """
        {"type":"message","id":"1732290000000","timestamp":"2026-11-22T15:43:34.047Z","localTimestamp":"2026-11-22T16:43:34.047+01:00",
         "localTimezone":"Europe/Berlin","serviceUrl":"http://localhost:56150/_connector","channelId":"msteams",
         "from":{"id":"user-id-0","name":"Alex Wilber","aadObjectId":"00000000-0000-0000-0000-0000000000020"},
         "conversation":{"conversationType":"personal","tenantId":"00000000-0000-0000-0000-0000000000001","id":"a:1xyz;messageid=42"},
         "recipient":{"id":"00000000-0000-0000-0000-00000000000011","name":"Test Bot"},
         "textFormat":"plain","locale":"en-US","text":"hi",
         "entities":[{"type":"clientInfo","locale":"en-US","country":"US","platform":"Web","timezone":"America/Los_Angeles"}],
         "channelData":{"tenant":{"id":"00000000-0000-0000-0000-0000000000001"},"eventType":null,"futureField":{"nested":[1,2,3]}},
         "someNewTopLevelField":{"a":1}}
        """;

    // What the real Web Chat widget posts, clients.md section 4a.
    private const string WebChatPost = """
        {"type":"message","text":"hi","textFormat":"plain","attachments":[],
         "channelData":{"attachmentSizes":[],"clientActivityID":"gltdijtxhkl"},"channelId":"webchat",
         "from":{"id":"user1","name":"Web User","role":"user"},"locale":"en-US",
         "localTimestamp":"2026-11-22T15:43:34.047Z","localTimezone":"UTC",
         "entities":[{"type":"ClientCapabilities","requiresBotState":true,"supportsListening":true,"supportsTts":true}]}
        """;

    [Fact]
    public void TeamsMessage_RoundTripsEveryFieldIncludingUnknownOnes()
    {
        var activity = ProtocolJson.Deserialize<Activity>(TeamsMessage)!;
        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("personal", activity.Conversation!.ConversationType);
        Assert.Equal("a:1xyz;messageid=42", activity.Conversation.Id);
        Assert.Equal("00000000-0000-0000-0000-0000000000020", activity.From!.AadObjectId);
        Assert.Equal(TimeSpan.FromHours(1), activity.LocalTimestamp!.Value.Offset);

        var back = JsonNode.Parse(ProtocolJson.Serialize(activity))!;
        var original = JsonNode.Parse(TeamsMessage)!;
        Assert.Equal(original["someNewTopLevelField"]!.ToJsonString(), back["someNewTopLevelField"]!.ToJsonString());
        Assert.Equal(original["channelData"]!["futureField"]!.ToJsonString(), back["channelData"]!["futureField"]!.ToJsonString());
        Assert.Equal("US", back["entities"]![0]!["country"]!.GetValue<string>());
        Assert.Equal("2026-11-22T16:43:34.047+01:00", back["localTimestamp"]!.GetValue<string>());
    }

    [Fact]
    public void WebChatPost_KeepsClientActivityIdAndCapabilities()
    {
        var activity = ProtocolJson.Deserialize<Activity>(WebChatPost)!;
        Assert.Equal("gltdijtxhkl", activity.ChannelData!["clientActivityID"]!.GetValue<string>());
        var back = JsonNode.Parse(ProtocolJson.Serialize(activity))!;
        Assert.Equal("gltdijtxhkl", back["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal("ClientCapabilities", back["entities"]![0]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Outgoing_IsCamelCaseWithNullsAndEmptyArraysOmitted()
    {
        var reply = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "How are you feeling?",
            InputHint = InputHints.ExpectingInput,
            Attachments = [],
            Entities = [],
            Timestamp = new DateTimeOffset(2026, 11, 22, 16, 0, 0, TimeSpan.FromHours(2)),
            SuggestedActions = new SuggestedActions { To = ["user1"], Actions = [CardAction.ImBack("Sad")] },
        };
        var json = JsonNode.Parse(ProtocolJson.Serialize(reply))!.AsObject();
        Assert.Equal("expectingInput", json["inputHint"]!.GetValue<string>());
        Assert.Equal("2026-11-22T14:00:00.0000000Z", json["timestamp"]!.GetValue<string>());
        Assert.False(json.ContainsKey("attachments"));
        Assert.False(json.ContainsKey("entities"));
        Assert.False(json.ContainsKey("replyToId"));
        Assert.False(json.ContainsKey("Text"));
        var action = json["suggestedActions"]!["actions"]![0]!;
        Assert.Equal("imBack", action["type"]!.GetValue<string>());
        Assert.Equal("Sad", action["value"]!.GetValue<string>());
    }

    [Fact]
    public void Deserialize_IsCaseInsensitive()
    {
        var activity = ProtocolJson.Deserialize<Activity>("""{"Type":"message","TEXT":"hi","Conversation":{"ID":"c1"}}""")!;
        Assert.Equal("message", activity.Type);
        Assert.Equal("hi", activity.Text);
        Assert.Equal("c1", activity.Conversation!.Id);
    }

    [Fact]
    public void UnknownEnumLikeValues_StayOpenStrings()
    {
        var activity = ProtocolJson.Deserialize<Activity>("""{"type":"futureType","inputHint":"somethingNew","deliveryMode":"stream"}""")!;
        Assert.Equal("futureType", activity.Type);
        var back = JsonNode.Parse(ProtocolJson.Serialize(activity))!;
        Assert.Equal("somethingNew", back["inputHint"]!.GetValue<string>());
    }

    [Fact]
    public void CardActions_OfEveryReturnKind_RoundTrip()
    {
        const string json = """
            {"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.hero","content":{"text":"Pick","buttons":[
              {"type":"imBack","title":"Yes","value":"Yes"},
              {"type":"postBack","title":"Hidden","value":"secret"},
              {"type":"messageBack","title":"Rich","text":"rich","displayText":"Rich choice","value":{"choice":"rich","n":2}},
              {"type":"openUrl","title":"Help","value":"https://findahelpline.com"},
              {"type":"call","title":"Call 988","value":"tel:988"}]}}]}
            """;
        var activity = ProtocolJson.Deserialize<Activity>(json)!;
        var hero = activity.Attachments!.Single().Content.Deserialize<HeroCard>(ProtocolJson.Options)!;
        Assert.Equal(["imBack", "postBack", "messageBack", "openUrl", "call"], hero.Buttons!.Select(b => b.Type));
        Assert.Equal(2, hero.Buttons![2].Value!["n"]!.GetValue<int>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(ProtocolJson.Serialize(activity))));
    }

    [Fact]
    public void AdaptiveCardSubmit_ValueIsReadAsInputText()
    {
        // Web Chat posts an Action.Submit with object data as a postBack with value only (protocol.md a.6).
        var submit = ProtocolJson.Deserialize<Activity>("""
            {"type":"message","value":{"choice":"Sad","extra":1},"channelData":{"postBack":true},"replyToId":"card-1"}
            """)!;
        Assert.Equal("Sad", submit.GetInputText());
    }

    [Fact]
    public void ConversationUpdateOnDirectLine_ReplyHasNoReplyToId()
    {
        var update = new Activity { Type = ActivityTypes.ConversationUpdate, Id = "cu-1", ChannelId = ChannelIds.DirectLine, From = new() { Id = "u" }, Recipient = new() { Id = "b" }, Conversation = new() { Id = "c" } };
        Assert.Null(update.CreateReply("hi").ReplyToId);
        var message = new Activity { Type = ActivityTypes.Message, Id = "m-1", ChannelId = ChannelIds.MsTeams, From = new() { Id = "u" }, Recipient = new() { Id = "b" }, Conversation = new() { Id = "c" } };
        var reply = message.CreateReply("hi");
        Assert.Equal("m-1", reply.ReplyToId);
        Assert.Equal("b", reply.From!.Id);
        Assert.Equal("u", reply.Recipient!.Id);
    }

    [Fact]
    public void TeamsMention_IsNotPartOfWhatThePersonSaid() =>
        Assert.Equal("check in", new Activity { Type = ActivityTypes.Message, Text = "<at>TrustBot</at> check in" }.GetInputText());

    [Fact]
    public void MalformedTimestamp_IsRejectedAsJsonError() =>
        Assert.Throws<JsonException>(() => ProtocolJson.Deserialize<Activity>("""{"type":"message","timestamp":"yesterday"}"""));
}
