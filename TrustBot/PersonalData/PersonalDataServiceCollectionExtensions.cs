using TrustBot.Dialogs.Profile;

namespace TrustBot.PersonalData;

/// <summary>
/// Registers the host's personal-data stores. "My data" exports and "delete my data" deletes every
/// registered <see cref="IPersonalDataStore"/>: a new store of personal data (schedules, outbox, history,
/// handoff) registers its own in its <c>Add...</c> extension and only deletes its rows: the deletion then
/// asks <see cref="IPersonalDataEraser"/> (the SQLite eraser) once, so the text also leaves the <c>-wal</c> file.
/// </summary>
public static class PersonalDataServiceCollectionExtensions
{
    public static IServiceCollection AddTrustBotPersonalData(this IServiceCollection services)
    {
        services.AddSingleton<IPersonalDataStore, ConversationReferencePersonalData>();
        return services;
    }
}
