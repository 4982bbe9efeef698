using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using TrustBot.StaffConsole;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.StaffConsole;

/// <summary>A browser-like console session: its own cookies, the anti-forgery header token the page would send.</summary>
public sealed class ConsoleClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public string? Token { get; set; }

    public static ConsoleClient Create(TrustBotHostFactory host) =>
        new(host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost") }));

    public static async Task<ConsoleClient> SignedInAsync(TrustBotHostFactory host, string id, string password)
    {
        var client = Create(host);
        var response = await client.SignInAsync(id, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    public async Task<HttpResponseMessage> SignInAsync(string id, string password)
    {
        if (Token is null)
        {
            var start = await Http.GetFromJsonAsync<JsonElement>("/console/api/antiforgery");
            Token = start.GetProperty("token").GetString();
        }

        var response = await PostAsync("/console/api/signin", new { id, password });
        if (response.StatusCode == HttpStatusCode.OK)
        {
            Token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("antiforgeryToken").GetString();
        }

        return response;
    }

    public Task<HttpResponseMessage> PostAsync(string path, object? body = null, bool withToken = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body ?? new { }) };
        if (withToken && Token is not null)
        {
            request.Headers.Add(StaffConsoleServiceCollectionExtensions.AntiforgeryHeader, Token);
        }

        return Http.SendAsync(request);
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public void Dispose() => Http.Dispose();
}
