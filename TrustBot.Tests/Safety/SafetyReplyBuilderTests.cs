using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Safety.CrisisLines;

namespace TrustBot.Tests.Safety;

public sealed class SafetyReplyBuilderTests
{
    private static readonly string[] MethodWords = ["bridge", "pills", "rope", "overdose", "dose", "jump", "knife", "gun"];

    private readonly SafetyReplyBuilder _builder = new(new CrisisLineDirectory());
    private readonly CrisisDetector _detector = new();

    private static Activity Incoming(string? locale = "en-GB") => new()
    {
        Type = ActivityTypes.Message,
        Id = "1",
        ChannelId = "webchat",
        Locale = locale,
        From = new ChannelAccount { Id = "user" },
        Recipient = new ChannelAccount { Id = "bot" },
        Conversation = new ConversationAccount { Id = "c1" },
    };

    [Fact]
    public void Escalate_SaysItIsABotGivesTheLocalLineAndAsksIfSafe()
    {
        var replies = _builder.Build(Incoming(), _detector.Assess("how many pills would be too many"), "GB", therapistAvailable: true);

        var text = string.Join(' ', replies.Select(r => r.Text));
        Assert.Contains("I'm a bot", text, StringComparison.Ordinal);
        Assert.Contains("Samaritans", text, StringComparison.Ordinal);
        Assert.Contains("999", text, StringComparison.Ordinal);
        Assert.Equal(SafetyMessages.AreYouSafe, replies[^1].Text);
        Assert.Contains(replies[0].SuggestedActions!.Actions, a => (string?)a.Value == "tel:116123");
        Assert.Contains(replies[^1].SuggestedActions!.Actions, a => a.Title == SafetyMessages.TalkToPerson);
        Assert.DoesNotContain(MethodWords, w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Abuse_AsksFirstWhetherItIsSafeToTalkAndGivesTheAbuseLine()
    {
        var replies = _builder.Build(Incoming(), _detector.Assess("he won't let me leave the house"), "US", therapistAvailable: false);

        Assert.Equal(SafetyMessages.AbuseSafeToTalk, replies[0].Text);
        Assert.Contains("1-800-799-7233", replies[1].Text, StringComparison.Ordinal);
        Assert.Equal("tel:18007997233", (string?)replies[1].SuggestedActions!.Actions[0].Value);
        Assert.DoesNotContain(replies, r => r.Text!.Contains("confront", StringComparison.OrdinalIgnoreCase) || r.Text.Contains("talk to him", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Medical_PutsTheEmergencyNumberFirst()
    {
        var replies = _builder.Build(Incoming(), _detector.Assess("I took 30 tablets"), "AU", therapistAvailable: false);

        Assert.StartsWith("Please call 000 now", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal("tel:000", (string?)replies[0].SuggestedActions!.Actions[0].Value);
    }

    [Fact]
    public void Clarify_AsksDirectlyAboutThoughtsOfEndingTheirLife()
    {
        var replies = _builder.Build(Incoming(), _detector.Assess("what's the point of living"), null, therapistAvailable: false);

        var reply = Assert.Single(replies);
        Assert.Contains("thoughts of ending your life", reply.Text, StringComparison.Ordinal);
        Assert.Equal(3, reply.SuggestedActions!.Actions.Count);
    }

    [Fact]
    public void UnknownCountry_UsesTheLocaleThenTheFallback()
    {
        var fromLocale = _builder.Build(Incoming("en-AU"), _detector.Assess("I want to die"), null, false);
        var unknown = _builder.Build(Incoming("xx"), _detector.Assess("I want to die"), null, false);

        Assert.Contains("Lifeline", fromLocale[0].Text, StringComparison.Ordinal);
        Assert.Contains("findahelpline.com", unknown[0].Text, StringComparison.Ordinal);
        Assert.Contains("your local emergency number", unknown[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ThirdPartyAndPast_GetGentleReplies_AndPlainMessagesGetNone()
    {
        var third = _builder.Build(Incoming(), _detector.Assess("my friend says she wants to die"), "US", false);
        var past = _builder.Build(Incoming(), _detector.Assess("I used to self-harm, I'm fine now"), "US", false);
        var none = _builder.Build(Incoming(), _detector.Assess("we had a nice dinner"), "US", false);

        Assert.Contains("looking out for them", Assert.Single(third).Text, StringComparison.Ordinal);
        Assert.Equal(SafetyMessages.PastCheck, Assert.Single(past).Text);
        Assert.Empty(none);
    }

    [Fact]
    public void Replies_AreAddressedBackToThePerson()
    {
        var reply = _builder.Build(Incoming(), _detector.Assess("I want to die"), "US", false)[0];

        Assert.Equal("user", reply.Recipient!.Id);
        Assert.Equal("c1", reply.Conversation!.Id);
        Assert.Equal("1", reply.ReplyToId);
    }
}
