using System.Text.Json.Nodes;

namespace TrustBot.Dialogs.Profile;

/// <summary>
/// A store that holds personal data outside bot state (Direct Line history, schedules, handoff
/// requests). Every such store registers one, so "my data" can export and delete all of it.
/// </summary>
public interface IPersonalDataStore
{
    /// <summary>The section name in the export.</summary>
    string Name { get; }

    /// <summary>Everything this store holds about the person, or null when it holds nothing.</summary>
    Task<JsonNode?> ExportAsync(string channelId, string userId, CancellationToken cancellationToken);

    Task DeleteAsync(string channelId, string userId, CancellationToken cancellationToken);
}
