using TrustBot.Dialogs.Engine;

namespace TrustBot.Tests.Storage;

/// <summary>The ETag rules, identical for SQLite and memory: conflicts are detected, never silently lost.</summary>
public sealed class StorageETagTests : IDisposable
{
    private readonly TempSqliteDatabase _database = new();

    public static TheoryData<string> Providers => ["Sqlite", "Memory"];

    public void Dispose() => _database.Dispose();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task CreateOnly_ConflictsWhenTheKeyExists(string provider)
    {
        var storage = Create(provider);
        await WriteAsync(storage, "k", "{\"v\":1}", null);

        var error = await Assert.ThrowsAsync<StorageConflictException>(() => WriteAsync(storage, "k", "{\"v\":2}", null));

        Assert.Equal("k", error.Key);
        Assert.Equal("{\"v\":1}", (await ReadAsync(storage, "k"))!.Json);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task StaleETag_Conflicts(string provider)
    {
        var storage = Create(provider);
        var first = await WriteAsync(storage, "k", "{\"v\":1}", null);
        await WriteAsync(storage, "k", "{\"v\":2}", first);

        await Assert.ThrowsAsync<StorageConflictException>(() => WriteAsync(storage, "k", "{\"v\":3}", first));

        Assert.Equal("{\"v\":2}", (await ReadAsync(storage, "k"))!.Json);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ETagOfAMissingKey_Conflicts(string provider)
    {
        var storage = Create(provider);

        await Assert.ThrowsAsync<StorageConflictException>(() => WriteAsync(storage, "k", "{}", "some-etag"));

        Assert.Null(await ReadAsync(storage, "k"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task MatchingETag_WritesAndReturnsANewETag(string provider)
    {
        var storage = Create(provider);
        var first = await WriteAsync(storage, "k", "{\"v\":1}", null);

        var second = await WriteAsync(storage, "k", "{\"v\":2}", first);

        Assert.NotEqual(first, second);
        var read = await ReadAsync(storage, "k");
        Assert.Equal("{\"v\":2}", read!.Json);
        Assert.Equal(second, read.ETag);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task StarETag_OverwritesWhateverIsStored(string provider)
    {
        var storage = Create(provider);
        await WriteAsync(storage, "k", "{\"v\":1}", null);

        await WriteAsync(storage, "k", "{\"v\":2}", ETagRules.Any);
        await WriteAsync(storage, "new", "{\"v\":3}", ETagRules.Any);

        Assert.Equal("{\"v\":2}", (await ReadAsync(storage, "k"))!.Json);
        Assert.Equal("{\"v\":3}", (await ReadAsync(storage, "new"))!.Json);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task MultiKeyWriteWithOneConflict_WritesNothing(string provider)
    {
        var storage = Create(provider);
        await WriteAsync(storage, "b", "{\"v\":1}", null);

        await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync(
            new Dictionary<string, StoreItem> { ["a"] = new("{\"v\":9}", null), ["b"] = new("{\"v\":9}", null) },
            CancellationToken.None));

        Assert.Null(await ReadAsync(storage, "a"));
        Assert.Equal("{\"v\":1}", (await ReadAsync(storage, "b"))!.Json);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ListKeys_MatchesThePrefixLiterally(string provider)
    {
        var storage = Create(provider);
        foreach (var key in new[] { "users/a%b", "users/a_c", "users/aXb", "Users/a%b", "users/a%", "users0", "other" })
        {
            await WriteAsync(storage, key, "{}", null);
        }

        var keys = await storage.ListKeysAsync("users/a%", CancellationToken.None);

        Assert.Equal(new[] { "users/a%", "users/a%b" }, keys.ToArray());
        Assert.Equal(7, (await storage.ListKeysAsync(string.Empty, CancellationToken.None)).Count);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Delete_RemovesOnlyTheGivenKeys(string provider)
    {
        var storage = Create(provider);
        await WriteAsync(storage, "a", "{}", null);
        await WriteAsync(storage, "b", "{}", null);

        await storage.DeleteAsync(["a", "missing"], CancellationToken.None);

        Assert.Null(await ReadAsync(storage, "a"));
        Assert.NotNull(await ReadAsync(storage, "b"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task OddUnicodeJson_RoundTripsExactly(string provider)
    {
        var storage = Create(provider);
        const string json = "{\"text\":\"💔 naïve 你好 \u202E\"}";

        await WriteAsync(storage, "k/💔", json, null);

        Assert.Equal(json, (await ReadAsync(storage, "k/💔"))!.Json);
    }

    private IStorage Create(string provider) => provider == "Memory" ? new MemoryStorage() : _database.OpenStorage();

    private static async Task<string> WriteAsync(IStorage storage, string key, string json, string? etag)
    {
        var etags = await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(json, etag) }, CancellationToken.None);
        return etags[key];
    }

    private static async Task<StoreItem?> ReadAsync(IStorage storage, string key)
    {
        var items = await storage.ReadAsync([key], CancellationToken.None);
        return items.TryGetValue(key, out var item) ? item : null;
    }
}
