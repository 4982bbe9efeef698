using Microsoft.Extensions.DependencyInjection.Extensions;
using TrustBot.Dialogs.Profile;

namespace TrustBot.PersonalData;

/// <summary>
/// Registers the host's personal-data stores. "My data" exports and "delete my data" deletes every
/// registered <see cref="IPersonalDataStore"/>: a new store of personal data (schedules, outbox, history,
/// handoff) registers its own in its <c>Add...</c> extension; after every store deleted, the deletion asks
/// <see cref="SqliteDeletedDataEraser"/> once, so the text also leaves the <c>-wal</c> file.
/// </summary>
public static class PersonalDataServiceCollectionExtensions
{
    public static IServiceCollection AddTrustBotPersonalData(this IServiceCollection services)
    {
        services.AddSingleton<IPersonalDataStore, ConversationReferencePersonalData>();

        // Replace: the dialogs register a no-op default for memory-only hosts.
        services.Replace(ServiceDescriptor.Singleton<IDeletedDataEraser, SqliteDeletedDataEraser>());
        return services;
    }
}
