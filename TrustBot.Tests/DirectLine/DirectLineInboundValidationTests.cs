using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TrustBot.DirectLine;
using TrustBot.Tests.Hosting;
using TrustBot.Tests.Messaging;

namespace TrustBot.Tests.DirectLine;

/// <summary>
/// Direct Line refuses, before storing, any activity that could not be read back, so one odd message
/// can never break a conversation's history, stream or export; and watermarks never run ahead.
/// </summary>
public sealed class DirectLineInboundValidationTests : IDisposable
{
    private readonly TrustBotHostFactory _factory = TrustBotHostFactory.ForDirectLine();
    private readonly DirectLineTestClient _client;

    public DirectLineInboundValidationTests()
    {
        _client = new DirectLineTestClient(_factory.CreateClient());
    }

    public static TheoryData<string> OddActivities => new()
    {
        // entities nested 62 deep
        """{"type":"message","text":"hi","entities":[""" + InboundValidationTests.Nested(62) + "]}",
        """{"type":"message","text":"hi","from":{"id":"x","name":"\ud800"}}""",
        """{"type":"message","text":"hi","channelData":{"clientActivityID":"\udc00abc"}}""",
        """{"type":"message","value":{"choice":"\ud83d"}}""",
        """{"type":"message","text":"hi","value":""" + InboundValidationTests.Nested(40) + "}",
        """{"type":"message","text":"\ud800"}""",
    };

    [Theory]
    [MemberData(nameof(OddActivities))]
    public async Task OddActivity_Gets400_AndHistoryStreamAndExportStillWork(string json)
    {
        var (conversationId, token) = await _client.StartNewAsync();

        using var response = await _client.SendAsync(HttpMethod.Post, $"{DirectLineTestClient.Base}/conversations/{conversationId}/activities", token, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", (string?)(await DirectLineTestClient.ReadAsync(response))["error"]!["code"]);
        var history = await _client.GetActivitiesAsync(conversationId, token);
        Assert.Equal([SuggestingTestBot.WelcomeText], DirectLineTestClient.Texts(history));

        // The conversation goes on, and the person's export still reads every stored activity.
        await _client.PostMessageAsync(conversationId, token, "still here", "c1");
        var after = await _client.GetActivitiesAsync(conversationId, token);
        Assert.Equal([SuggestingTestBot.WelcomeText, "still here", SuggestingTestBot.ReplyPrefix + "still here"], DirectLineTestClient.Texts(after));
        var userId = (string)after["activities"]![1]!["from"]!["id"]!;
        var export = await _factory.Services.GetRequiredService<DirectLineConversations>().ExportByUserAsync(userId, CancellationToken.None);
        Assert.Equal(3, Assert.Single(export).Activities.Count);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task ActivityThatIsNotApplicationJson_Gets415AndIsNotStored(string mediaType)
    {
        var (conversationId, token) = await _client.StartNewAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{DirectLineTestClient.Base}/conversations/{conversationId}/activities")
        {
            Content = new StringContent("""{"type":"message","text":"hi"}""", Encoding.UTF8, mediaType),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await _client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal([SuggestingTestBot.WelcomeText], DirectLineTestClient.Texts(await _client.GetActivitiesAsync(conversationId, token)));
    }

    [Fact]
    public async Task WatermarkPastTheEnd_IsClampedSoLaterActivitiesAreNotSkipped()
    {
        var (conversationId, token) = await _client.StartNewAsync();

        var ahead = await _client.GetActivitiesAsync(conversationId, token, "999");
        Assert.Empty(ahead["activities"]!.AsArray());
        Assert.Equal("1", (string?)ahead["watermark"]);

        await _client.PostMessageAsync(conversationId, token, "after the odd poll", "w1");
        var next = await _client.GetActivitiesAsync(conversationId, token, (string)ahead["watermark"]!);

        Assert.Equal(["after the odd poll", SuggestingTestBot.ReplyPrefix + "after the odd poll"], DirectLineTestClient.Texts(next));
        Assert.Equal("3", (string?)next["watermark"]);
    }

    public void Dispose() => _factory.Dispose();
}
