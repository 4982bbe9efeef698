using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace TrustBot.Tests.DirectLine;

/// <summary>Calls the Direct Line API the way DirectLineJS does (Bearer token, JSON bodies, x-ms-bot-agent).</summary>
public sealed class DirectLineTestClient
{
    public const string Base = "/v3/directline";

    private readonly HttpClient _http;

    public DirectLineTestClient(HttpClient http)
    {
        _http = http;
    }

    public HttpClient Http => _http;

    /// <summary>A page token for a fresh random user, as the website gets one.</summary>
    public async Task<JsonObject> PageTokenAsync(string? userId = null, string? conversationId = null)
    {
        var body = new JsonObject { ["userId"] = userId ?? Guid.NewGuid().ToString("N"), ["conversationId"] = conversationId };
        using var response = await _http.PostAsync("/api/directline/token", Json(body.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync(response);
    }

    /// <summary>Gets a page token and starts its conversation; returns (conversationId, token from the start response).</summary>
    public async Task<(string ConversationId, string Token)> StartNewAsync()
    {
        var page = await PageTokenAsync();
        using var response = await SendAsync(HttpMethod.Post, $"{Base}/conversations", (string)page["token"]!, """{"user":{"id":"r_abc"}}""");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await ReadAsync(response);
        return ((string)body["conversationId"]!, (string)body["token"]!);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        request.Headers.Add("x-ms-bot-agent", "DirectLine/3.0 (directlinejs; WebChat/4.18.1 (Full) 0.15.5)");
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        if (json is not null)
        {
            request.Content = Json(json);
        }

        return await _http.SendAsync(request);
    }

    public async Task<string> PostMessageAsync(string conversationId, string token, string text, string clientActivityId)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["textFormat"] = "plain",
            ["channelId"] = "webchat",
            ["from"] = new JsonObject { ["id"] = "someone-else", ["name"] = "Web User", ["role"] = "user" },
            ["locale"] = "en-US",
            ["channelData"] = new JsonObject { ["attachmentSizes"] = new JsonArray(), ["clientActivityID"] = clientActivityId },
        };
        using var response = await SendAsync(HttpMethod.Post, $"{Base}/conversations/{conversationId}/activities", token, activity.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (string)(await ReadAsync(response))["id"]!;
    }

    public async Task<JsonObject> GetActivitiesAsync(string conversationId, string token, string watermark = "")
    {
        using var response = await SendAsync(HttpMethod.Get, $"{Base}/conversations/{conversationId}/activities?watermark={watermark}", token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync(response);
    }

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>The <c>text</c> of each activity in a set, in order.</summary>
    public static List<string?> Texts(JsonObject set) =>
        set["activities"]!.AsArray().Select(a => (string?)a!["text"]).ToList();
}
