using System.Text;
using Microsoft.Extensions.DependencyInjection;
using TrustBot.Messaging;
using TrustBot.Tests.Hosting;
using TrustBot.Tests.Messaging;

namespace TrustBot.Tests.Teams;

/// <summary>The stored Teams conversation reference names its tenant, which proactive sends to Teams need.</summary>
public sealed class ConversationReferenceTenantTests : IAsyncLifetime
{
    private StandInServer _connector = null!;
    private TrustBotHostFactory _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await StandInServer.StartAsync();
        _host = new TrustBotHostFactory().WithBot(new RecordingBot());
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task TenantOnlyInChannelData_IsCopiedIntoTheStoredConversation()
    {
        var json = Activities.TeamsMessage(_connector.Url).Replace(", \"tenantId\": \"tenant-1\"", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("tenantId", json, StringComparison.Ordinal);

        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        (await _client.PostAsync("/api/messages", content)).EnsureSuccessStatusCode();

        var stored = await _host.Services.GetRequiredService<ConversationReferenceStore>().GetAsync("msteams", "29:user-1", CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal("tenant-1", stored.Reference.Conversation!.TenantId);
        Assert.Equal(Activities.TeamsConversationId, stored.Reference.Conversation.Id);
    }

    [Fact]
    public async Task TenantInTheConversation_IsKept()
    {
        var json = Activities.TeamsMessage(_connector.Url).Replace("\"tenant\": { \"id\": \"tenant-1\" }", "\"tenant\": { \"id\": \"other\" }", StringComparison.Ordinal);

        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        (await _client.PostAsync("/api/messages", content)).EnsureSuccessStatusCode();

        var stored = await _host.Services.GetRequiredService<ConversationReferenceStore>().GetAsync("msteams", "29:user-1", CancellationToken.None);
        Assert.Equal("tenant-1", stored!.Reference.Conversation!.TenantId);
    }
}
