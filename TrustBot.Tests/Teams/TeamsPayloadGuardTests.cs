using System.Text.Json.Nodes;
using TrustBot.Dialogs.Cards;
using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Protocol;
using TrustBot.Tests.Turns;

namespace TrustBot.Tests.Teams;

/// <summary>A Teams message over the payload limit is sent as text (the answers can be typed), never refused.</summary>
public sealed class TeamsPayloadGuardTests
{
    [Fact]
    public void OversizeQuestionCard_FallsBackToItsTextAndOptions_UnderTheLimit()
    {
        var question = "How are you feeling? " + new string('x', 20_000);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Summary = "How are you feeling?",
            Attachments = [new Attachment
            {
                ContentType = ContentTypes.AdaptiveCard,
                Content = PromptCards.Question(question, [new Choice("sad", "Sad"), new Choice("calm", "Calm")], "p1", PromptCardLayout.List),
            }],
        };

        Assert.True(TeamsPayloadGuard.Fit(activity));

        Assert.Null(activity.Attachments);
        Assert.StartsWith("How are you feeling? xxx", activity.Text, StringComparison.Ordinal);
        Assert.True(TeamsPayloadGuard.PayloadBytes(activity) <= TeamsPayloadGuard.MaxPayloadBytes);
    }

    [Fact]
    public void OversizeSummaryCard_KeepsItsFactsAsText()
    {
        var record = new CheckInRecord
        {
            Id = "r1",
            Feeling = "betrayed",
            IntensityBefore = 7,
            IntensityAfter = 4,
            Thought = new string('t', 9_000),
            Reframe = new string('r', 9_000),
        };
        var activity = CheckInSummaryCard.Create(record);

        Assert.True(TeamsPayloadGuard.Fit(activity));

        Assert.Null(activity.Attachments);
        Assert.Contains(CheckInSummaryCard.Title, activity.Text, StringComparison.Ordinal);
        Assert.Contains("Feeling: betrayed", activity.Text, StringComparison.Ordinal);
        Assert.Contains("Intensity: 7 → 4", activity.Text, StringComparison.Ordinal);
        Assert.True(TeamsPayloadGuard.PayloadBytes(activity) <= TeamsPayloadGuard.MaxPayloadBytes);
    }

    [Fact]
    public void CardWithinTheLimit_IsSentAsIs()
    {
        var activity = CheckInSummaryCard.Create(new CheckInRecord { Id = "r1", Feeling = "calm", IntensityBefore = 3 });
        var before = ProtocolJson.Serialize(activity);

        Assert.False(TeamsPayloadGuard.Fit(activity));

        Assert.Equal(before, ProtocolJson.Serialize(activity));
    }

    [Fact]
    public async Task OversizeCardSentInTeams_ArrivesAsText_WhileWebChatGetsTheCard()
    {
        var hugeCard = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = new string('y', 30_000) }),
        };
        foreach (var channel in new[] { ChannelIds.MsTeams, ChannelIds.WebChat })
        {
            var sender = new RecordingSender();
            var incoming = new Activity { Type = ActivityTypes.Message, ChannelId = channel, Conversation = new ConversationAccount { Id = "c" } };
            var turn = new Dialogs.Turns.TurnContext(incoming, sender, TimeProvider.System);

            await turn.SendActivityAsync(new Activity { Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = hugeCard.DeepClone() }] }, CancellationToken.None);

            var sent = Assert.Single(sender.Sent);
            Assert.Equal(channel == ChannelIds.MsTeams, sent.Attachments is null);
        }
    }
}
