using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TrustBot.Dialogs.Handoff;
using TrustBot.Tests.Hosting;
using static TrustBot.Tests.StaffConsole.StaffConsoleHostFixture;

namespace TrustBot.Tests.StaffConsole;

/// <summary>The console and its API through the real pipeline: who may see and do what, CSRF, lockout.</summary>
public sealed class StaffConsoleHttpTests(StaffConsoleHostFixture fixture) : IClassFixture<StaffConsoleHostFixture>
{
    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_the_api_answers_401_without_data()
    {
        var request = await fixture.QueueAsync();
        using var anonymous = ConsoleClient.Create(fixture.Host);

        foreach (var page in new[] { "/console", "/console/", "/console/index.html" })
        {
            var response = await anonymous.Http.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/console/signin.html", response.Headers.Location?.OriginalString);
        }

        foreach (var path in new[] { "/console/api/queue", "/console/api/me", $"/console/api/requests/{request.Id}", $"/console/api/requests/{request.Id}/messages", "/console/api/supervisor/assignments" })
        {
            var response = await anonymous.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Empty(await response.Content.ReadAsStringAsync());
        }

        var accept = await anonymous.PostAsync($"/console/api/requests/{request.Id}/accept");
        Assert.Equal(HttpStatusCode.Unauthorized, accept.StatusCode);
        Assert.Equal(HandoffStatus.Waiting, (await fixture.Store.GetAsync(request.Id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Signed_in_staff_get_the_page_with_its_content_security_policy()
    {
        using var alex = await ConsoleClient.SignedInAsync(fixture.Host, "alex", AlexPassword);

        var page = await alex.Http.GetAsync("/console");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("TrustBot staff console", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var csp = string.Join(' ', page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("Alex", (await alex.GetJsonAsync("/console/api/me")).GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task The_console_cookie_is_http_only_and_same_site_strict()
    {
        using var client = ConsoleClient.Create(fixture.Host);

        var response = await client.SignInAsync("alex", AlexPassword);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("trustbot-console=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/console", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_queue_shows_urgency_and_waiting_time_but_nothing_about_the_person()
    {
        var routine = await fixture.QueueAsync(HandoffUrgency.Routine);
        fixture.Host.Time.Advance(TimeSpan.FromMinutes(3));
        var crisis = await fixture.QueueAsync(HandoffUrgency.Crisis);
        using var alex = await ConsoleClient.SignedInAsync(fixture.Host, "alex", AlexPassword);

        var response = await alex.Http.GetAsync("/console/api/queue");
        var text = await response.Content.ReadAsStringAsync();
        var rows = JsonDocument.Parse(text).RootElement.GetProperty("requests").EnumerateArray().ToList();

        var ids = rows.Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.True(ids.IndexOf(crisis.Id) < ids.IndexOf(routine.Id), "A crisis goes first.");
        var routineRow = rows.Single(r => r.GetProperty("id").GetString() == routine.Id);
        Assert.Equal("routine", routineRow.GetProperty("urgency").GetString());
        Assert.True(routineRow.GetProperty("waitingSeconds").GetInt64() >= 180);
        Assert.DoesNotContain(routine.UserId, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Robin", text, StringComparison.Ordinal);
        Assert.DoesNotContain("anxious", text, StringComparison.Ordinal);

        // The summary stays hidden until someone accepts.
        Assert.Equal(HttpStatusCode.NotFound, (await alex.Http.GetAsync($"/console/api/requests/{routine.Id}")).StatusCode);
    }

    [Fact]
    public async Task Only_the_accepting_therapist_and_supervisors_read_and_only_the_therapist_posts()
    {
        var request = await fixture.QueueAsync(HandoffUrgency.Distress, "Felt low (6/10) after work");
        using var alex = await ConsoleClient.SignedInAsync(fixture.Host, "alex", AlexPassword);
        using var blair = await ConsoleClient.SignedInAsync(fixture.Host, "blair", BlairPassword);
        using var sam = await ConsoleClient.SignedInAsync(fixture.Host, "sam", SamPassword);

        var accepted = await alex.PostAsync($"/console/api/requests/{request.Id}/accept");
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("Felt low (6/10) after work", (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("summary").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await blair.PostAsync($"/console/api/requests/{request.Id}/accept")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await blair.Http.GetAsync($"/console/api/requests/{request.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await blair.Http.GetAsync($"/console/api/requests/{request.Id}/messages")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await blair.PostAsync($"/console/api/requests/{request.Id}/messages", new { text = "hi, Blair here" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await blair.PostAsync($"/console/api/requests/{request.Id}/end")).StatusCode);
        var blairQueue = await blair.Http.GetStringAsync("/console/api/queue");
        Assert.DoesNotContain(request.Id, blairQueue, StringComparison.Ordinal);
        Assert.DoesNotContain(await fixture.Store.ListMessagesAsync(request.Id, 0, CancellationToken.None), m => m.Text.Contains("Blair", StringComparison.Ordinal));

        Assert.Equal("Felt low (6/10) after work", (await sam.GetJsonAsync($"/console/api/requests/{request.Id}")).GetProperty("summary").GetString());
        var assignment = (await sam.GetJsonAsync("/console/api/supervisor/assignments")).EnumerateArray().Single(a => a.GetProperty("requestId").GetString() == request.Id);
        Assert.Equal("alex", assignment.GetProperty("staffId").GetString());
        Assert.Equal("Alex", assignment.GetProperty("staffDisplayName").GetString());
    }

    [Fact]
    public async Task A_therapist_on_the_supervisor_view_gets_403()
    {
        using var alex = await ConsoleClient.SignedInAsync(fixture.Host, "alex", AlexPassword);

        var response = await alex.Http.GetAsync("/console/api/supervisor/assignments");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_refused_and_changes_nothing()
    {
        var request = await fixture.QueueAsync();
        using var alex = await ConsoleClient.SignedInAsync(fixture.Host, "alex", AlexPassword);

        var missing = await alex.PostAsync($"/console/api/requests/{request.Id}/accept", withToken: false);
        var token = alex.Token;
        alex.Token = "forged" + token;
        var forged = await alex.PostAsync($"/console/api/requests/{request.Id}/accept");
        alex.Token = token;

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HandoffStatus.Waiting, (await fixture.Store.GetAsync(request.Id, CancellationToken.None))!.Status);
        using var fresh = ConsoleClient.Create(fixture.Host);
        Assert.Equal(HttpStatusCode.BadRequest, (await fresh.PostAsync("/console/api/signin", new { id = "alex", password = AlexPassword }, withToken: false)).StatusCode);
    }

    [Fact]
    public async Task The_therapist_chats_sees_crisis_alerts_and_ends()
    {
        var request = await fixture.QueueAsync(HandoffUrgency.Crisis);
        using var alex = await ConsoleClient.SignedInAsync(fixture.Host, "alex", AlexPassword);
        Assert.Equal(HttpStatusCode.OK, (await alex.PostAsync($"/console/api/requests/{request.Id}/accept")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await alex.PostAsync($"/console/api/requests/{request.Id}/messages", new { text = "Hi, I'm here with you." })).StatusCode);
        await fixture.Store.AddMessageAsync(request.Id, fixture.Host.Time.GetUtcNow(), HandoffSpeaker.Person, "I don't want to be here anymore", true, CancellationToken.None);
        Assert.Equal(HttpStatusCode.BadRequest, (await alex.PostAsync($"/console/api/requests/{request.Id}/messages", new { text = "   " })).StatusCode);

        var all = await alex.GetJsonAsync($"/console/api/requests/{request.Id}/messages?after=0");
        var messages = all.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(["therapist", "person"], messages.Select(m => m.GetProperty("speaker").GetString()));
        Assert.True(messages[1].GetProperty("crisisAlert").GetBoolean());
        var last = messages[1].GetProperty("sequence").GetInt64();
        Assert.Empty((await alex.GetJsonAsync($"/console/api/requests/{request.Id}/messages?after={last}")).GetProperty("messages").EnumerateArray());

        Assert.Equal(HttpStatusCode.NoContent, (await alex.PostAsync($"/console/api/requests/{request.Id}/end")).StatusCode);
        Assert.Equal("ended", (await alex.GetJsonAsync($"/console/api/requests/{request.Id}/messages?after={last}&waitSeconds=20")).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await alex.PostAsync($"/console/api/requests/{request.Id}/messages", new { text = "still there?" })).StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var alex = await ConsoleClient.SignedInAsync(fixture.Host, "alex", AlexPassword);

        Assert.Equal(HttpStatusCode.NoContent, (await alex.PostAsync("/console/api/signout")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await alex.Http.GetAsync("/console/api/queue")).StatusCode);
    }

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account_for_fifteen_minutes()
    {
        using var host = Configure(new TrustBotHostFactory().WithEnvironment("Development").WithFakeTime());
        using var client = ConsoleClient.Create(host);

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.SignInAsync("alex", "wrong-password-" + i)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SignInAsync("alex", AlexPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync("blair", BlairPassword)).StatusCode);

        host.Time.Advance(TimeSpan.FromMinutes(15));
        using var later = ConsoleClient.Create(host);
        Assert.Equal(HttpStatusCode.OK, (await later.SignInAsync("alex", AlexPassword)).StatusCode);
    }
}
