using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Welcome;
using TrustBot.Tests.DirectLine;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.Messaging;

/// <summary>
/// A bounded, seeded fuzz of <c>/api/messages</c> and Direct Line with the product's own bot, in
/// process (no network): no request gets a 5xx, input that breaks the activity's structure is refused
/// with a 4xx even inside a running conversation, and a check-in walked halfway before the fuzz
/// continues at the same question afterwards.
/// </summary>
public sealed class InboundFuzzTests
{
    private const int Seed = 20_261_122;
    private const int Requests = 200;

    private static readonly string[] Fields = ["from", "recipient", "conversation", "channelData", "value", "entities", "attachments", "membersAdded", "text", "name", "locale", "timestamp", "x"];

    [Fact]
    public async Task SeededFuzz_NeverAnswers5xx_AndAHalfWalkedCheckInContinuesAtTheSameStep()
    {
        await using var host = new TrustBotHostFactory().WithSetting("DirectLine:TokenRequestsPerMinute", "1000");
        using var http = host.CreateClient();
        var person = new ExpectRepliesClient(http, "fuzz-person", "fuzz-conversation");
        Assert.Contains(WelcomeMessages.AskConsent, await person.SendAsync("hi"), StringComparison.Ordinal);
        await person.SendAsync(WelcomeMessages.ConsentYes);
        await person.SendAsync("yes");
        await person.SendAsync("yes");
        await person.SendAsync(WelcomeMessages.StartButton);
        Assert.Contains("anxious, from 0", await person.SendAsync("anxious"), StringComparison.Ordinal);

        var directLine = new DirectLineTestClient(http);
        var (dlConversation, dlToken) = await directLine.StartNewAsync();
        await directLine.PostMessageAsync(dlConversation, dlToken, "before the fuzz", "f0");

        var random = new Random(Seed);
        var failures = new List<string>();
        for (var i = 0; i < Requests; i++)
        {
            var (name, mutate, breaksStructure) = Mutations[random.Next(Mutations.Length)];

            // Structure-breaking input goes to the walked conversations too: it must be refused there.
            var targetWalked = breaksStructure && random.Next(2) == 0;
            var (body, mediaType) = mutate(random, Template(random, targetWalked ? "fuzz-conversation" : "other-" + i));
            HttpResponseMessage response;
            var overDirectLine = random.Next(3) == 0;
            if (overDirectLine)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, $"{DirectLineTestClient.Base}/conversations/{dlConversation}/activities") { Content = Content(body, mediaType) };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", dlToken);
                response = await http.SendAsync(request);
            }
            else
            {
                response = await http.PostAsync("/api/messages", Content(body, mediaType));
            }

            // 501 is the SDK's documented answer to an invoke the bot does not implement, not a failure.
            var status = (int)response.StatusCode;
            var unhandledInvoke = status == 501 && name == "odd type";
            if ((status >= 500 && !unhandledInvoke) || (breaksStructure && (targetWalked || overDirectLine) && status is < 400 or >= 500))
            {
                failures.Add($"#{i} {name} over {(overDirectLine ? "Direct Line" : "/api/messages")}: {status}");
            }

            response.Dispose();
        }

        for (var i = 0; i < 40; i++)
        {
            var watermark = random.Next(4) switch { 0 => random.Next(-5, 100_000).ToString(System.Globalization.CultureInfo.InvariantCulture), 1 => "%00", 2 => new string('9', 30), _ => "abc" };
            using var poll = await directLine.SendAsync(HttpMethod.Get, $"{DirectLineTestClient.Base}/conversations/{dlConversation}/activities?watermark={watermark}", dlToken);
            if ((int)poll.StatusCode >= 500)
            {
                failures.Add($"poll with watermark {watermark}: {(int)poll.StatusCode}");
            }
        }

        Assert.Empty(failures);
        Assert.Contains(CheckInMessages.AskWho, await person.SendAsync("6"), StringComparison.Ordinal);
        await directLine.PostMessageAsync(dlConversation, dlToken, "after the fuzz", "f1");
        var history = DirectLineTestClient.Texts(await directLine.GetActivitiesAsync(dlConversation, dlToken));
        Assert.Equal(["before the fuzz", "after the fuzz"], history.Where(t => t is "before the fuzz" or "after the fuzz"));
    }

    private delegate (byte[] Body, string? MediaType) Mutation(Random random, JsonObject activity);

    private static readonly (string Name, Mutation Mutate, bool BreaksStructure)[] Mutations =
    [
        ("valid", (r, a) => Json(a), false),
        ("deep nesting", (r, a) => Json(Set(a, r, Deep(r.Next(33, 120)))), true),
        ("lone surrogate", (r, a) => Raw(Set(a, r, "PLACEHOLDER").ToJsonString().Replace("\"PLACEHOLDER\"", r.Next(2) == 0 ? "\"\\ud800\"" : "\"x\\udfffy\"", StringComparison.Ordinal)), true),
        ("truncated", (r, a) => { var s = a.ToJsonString(); return Raw(s[..r.Next(1, s.Length - 1)]); }, true),
        ("wrong media type", (r, a) => (Encoding.UTF8.GetBytes(a.ToJsonString()), r.Next(3) switch { 0 => "text/plain", 1 => "application/x-www-form-urlencoded", _ => null }), true),
        ("invalid utf-8", (r, a) => { var b = Encoding.UTF8.GetBytes(a.ToJsonString()); b[r.Next(b.Length)] = (byte)r.Next(0x80, 0x100); return (b, "application/json"); }, false),
        ("byte flip", (r, a) => { var b = Encoding.UTF8.GetBytes(a.ToJsonString()); b[r.Next(b.Length)] = (byte)r.Next(0x20, 0x7F); return (b, "application/json"); }, false),
        ("wrong types", (r, a) => Json(Set(a, r, r.Next(5) switch { 0 => JsonValue.Create(5), 1 => JsonValue.Create("text"), 2 => new JsonArray(null, 3, "x"), 3 => JsonValue.Create(true), _ => null })), false),
        ("null members", (r, a) => { a["type"] = "conversationUpdate"; a["membersAdded"] = new JsonArray(null, new JsonObject { ["id"] = "p" }); a["membersRemoved"] = new JsonArray((JsonNode?)null); return Json(a); }, false),
        ("odd type", (r, a) => { a["type"] = r.Next(4) switch { 0 => "invoke", 1 => "event", 2 => "", _ => "x" + r.Next() }; a["name"] = r.Next(2) == 0 ? "healthCheck" : "adaptiveCard/action"; return Json(a); }, false),
        ("odd service url", (r, a) => { a["serviceUrl"] = r.Next(4) switch { 0 => "file:///etc/passwd", 1 => "ftp://127.0.0.1/", 2 => "", _ => "javascript:alert(1)" }; return Json(a); }, false),
        ("big text", (r, a) => { a["text"] = new string('x', r.Next(262_145, 280_000)); return Json(a); }, false),
        ("empty", (r, a) => (Array.Empty<byte>(), "application/json"), false),
    ];

    private static JsonObject Template(Random random, string conversationId) => new()
    {
        ["type"] = "message",
        ["id"] = "fuzz-" + random.Next(),
        ["channelId"] = "emulator",
        ["serviceUrl"] = "http://localhost:1/",
        ["deliveryMode"] = "expectReplies",
        ["from"] = new JsonObject { ["id"] = conversationId == "fuzz-conversation" ? "fuzz-person" : "other-" + conversationId, ["extra"] = new JsonObject { ["k"] = "v" } },
        ["recipient"] = new JsonObject { ["id"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["locale"] = "en-US",
        ["text"] = random.Next(3) switch { 0 => "help", 1 => "💔 naïve", _ => "skip" },
    };

    /// <summary>Puts <paramref name="value"/> at a random field, or inside one of the accounts as an unknown property.</summary>
    private static JsonObject Set(JsonObject activity, Random random, JsonNode? value)
    {
        var field = Fields[random.Next(Fields.Length)];
        if (field is "from" or "recipient" or "conversation" && random.Next(2) == 0)
        {
            activity[field]!["odd"] = value;
        }
        else
        {
            activity[field] = value;
        }

        return activity;
    }

    private static JsonNode Deep(int levels)
    {
        JsonNode node = new JsonArray();
        for (var i = 1; i < levels; i++)
        {
            node = i % 2 == 0 ? new JsonArray(node) : new JsonObject { ["n"] = node };
        }

        return node;
    }

    private static (byte[], string?) Json(JsonObject activity) => Raw(activity.ToJsonString());

    private static (byte[], string?) Raw(string json) => (Encoding.UTF8.GetBytes(json), "application/json");

    private static ByteArrayContent Content(byte[] body, string? mediaType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = mediaType is null ? null : MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }
}
