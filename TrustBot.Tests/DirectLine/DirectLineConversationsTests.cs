using Microsoft.Extensions.DependencyInjection;
using TrustBot.DirectLine;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.DirectLine;

public sealed class DirectLineConversationsTests : IDisposable
{
    private readonly TrustBotHostFactory _factory = TrustBotHostFactory.ForDirectLine();
    private readonly DirectLineTestClient _client;

    public DirectLineConversationsTests()
    {
        _client = new DirectLineTestClient(_factory.CreateClient());
    }

    private DirectLineConversations Conversations => _factory.Services.GetRequiredService<DirectLineConversations>();

    [Fact]
    public async Task SendProactive_WhileWidgetIsClosed_IsDeliveredOnNextPoll()
    {
        var (conversationId, token) = await _client.StartNewAsync();
        var before = await _client.GetActivitiesAsync(conversationId, token);

        _factory.Time.Advance(TimeSpan.FromHours(20));
        var sent = await Conversations.SendProactiveAsync(conversationId, new Activity { Type = ActivityTypes.Message, Text = "Time for your evening check-in?" }, CancellationToken.None);
        _factory.Time.Advance(TimeSpan.FromHours(1));
        var page = await _client.PageTokenAsync(userId: ((string)before["activities"]![0]!["recipient"]!["id"]!)["dl_".Length..], conversationId: conversationId);
        var later = await _client.GetActivitiesAsync(conversationId, (string)page["token"]!, (string)before["watermark"]!);

        Assert.NotNull(sent);
        var message = Assert.Single(later["activities"]!.AsArray())!;
        Assert.Equal("Time for your evening check-in?", (string)message["text"]!);
        Assert.Equal(sent.Id, (string)message["id"]!);
        Assert.Equal("trustbot", (string)message["from"]!["id"]!);
        Assert.Null(message["replyToId"]);
    }

    [Fact]
    public async Task ContinueConversation_RunsAProactiveTurnWhoseRepliesAreStored()
    {
        var (conversationId, token) = await _client.StartNewAsync();

        var ran = await Conversations.ContinueConversationAsync(
            conversationId,
            (turn, ct) => turn.SendTextAsync("Checking in, as you asked.", ct),
            CancellationToken.None);
        var history = await _client.GetActivitiesAsync(conversationId, token);

        Assert.True(ran);
        Assert.Equal([SuggestingTestBot.WelcomeText, "Checking in, as you asked."], DirectLineTestClient.Texts(history));
        Assert.True(DirectLineConversations.Owns(new ConversationReference { ChannelId = "directline", ServiceUrl = DirectLineConversations.ServiceUrl }));
    }

    [Fact]
    public async Task SendProactive_ToDeletedConversation_ReturnsNull()
    {
        var sent = await Conversations.SendProactiveAsync("0123456789abcdef0123456789abcdef", new Activity { Text = "hello?" }, CancellationToken.None);
        var ran = await Conversations.ContinueConversationAsync("0123456789abcdef0123456789abcdef", (_, _) => Task.CompletedTask, CancellationToken.None);

        Assert.Null(sent);
        Assert.False(ran);
    }

    [Fact]
    public async Task ExportThenDeleteByUser_ReturnsTranscriptThenRemovesIt()
    {
        var (conversationId, token) = await _client.StartNewAsync();
        await _client.PostMessageAsync(conversationId, token, "my private words", "p1");
        var history = await _client.GetActivitiesAsync(conversationId, token);
        var userId = (string)history["activities"]![1]!["from"]!["id"]!;
        var (otherConversation, otherToken) = await _client.StartNewAsync();

        var export = await Conversations.ExportByUserAsync(userId, CancellationToken.None);
        var deleted = await Conversations.DeleteByUserAsync(userId, CancellationToken.None);
        var afterExport = await Conversations.ExportByUserAsync(userId, CancellationToken.None);
        using var poll = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark=", token);

        var conversation = Assert.Single(export);
        Assert.Equal(conversationId, conversation.ConversationId);
        Assert.Contains(conversation.Activities, a => a.Text == "my private words");
        Assert.Equal(1, deleted);
        Assert.Empty(afterExport);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, poll.StatusCode);
        Assert.Single((await _client.GetActivitiesAsync(otherConversation, otherToken))["activities"]!.AsArray());
    }

    [Fact]
    public async Task Retention_RemovesConversationsIdleLongerThanRetention()
    {
        var (oldConversation, _) = await _client.StartNewAsync();
        _factory.Time.Advance(TimeSpan.FromDays(31));
        var (freshConversation, freshToken) = await _client.StartNewAsync();

        // Advancing the clock also ticks the hosted cleanup, which may get there first; either pass must remove it.
        await _factory.Services.GetRequiredService<DirectLineRetentionService>().RunOnceAsync(CancellationToken.None);

        Assert.Null(await Conversations.GetAsync(oldConversation, CancellationToken.None));
        Assert.Single((await _client.GetActivitiesAsync(freshConversation, freshToken))["activities"]!.AsArray());
    }

    public void Dispose() => _factory.Dispose();
}
