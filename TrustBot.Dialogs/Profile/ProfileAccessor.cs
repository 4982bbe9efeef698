using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Profile;

/// <summary>
/// One place that knows where a person's settings live: in their profile when they agreed to
/// storage, otherwise only in this conversation.
/// </summary>
public sealed class ProfileAccessor
{
    private readonly StatePropertyAccessor<UserProfile> _profile;
    private readonly StatePropertyAccessor<ConversationData> _conversation;
    private readonly StatePropertyAccessor<DialogState> _dialogState;

    public ProfileAccessor(UserState userState, ConversationState conversationState)
    {
        UserState = userState;
        ConversationState = conversationState;
        _profile = userState.CreateProperty<UserProfile>("profile");
        _conversation = conversationState.CreateProperty<ConversationData>("conversation");
        _dialogState = conversationState.CreateProperty<DialogState>("dialogState");
    }

    public UserState UserState { get; }

    public ConversationState ConversationState { get; }

    public UserProfile Profile(ITurnContext turnContext) => _profile.Get(turnContext);

    public ConversationData Conversation(ITurnContext turnContext) => _conversation.Get(turnContext);

    public DialogState DialogState(ITurnContext turnContext) => _dialogState.Get(turnContext);

    public bool MayStore(ITurnContext turnContext) => Profile(turnContext).ConsentGiven == true;

    public string? CountryCode(ITurnContext turnContext) =>
        Profile(turnContext).CountryCode ?? Conversation(turnContext).CountryCode;

    public string? TimeZoneId(ITurnContext turnContext) =>
        Profile(turnContext).TimeZoneId ?? Conversation(turnContext).TimeZoneId;

    public void SetCountry(ITurnContext turnContext, string? countryCode)
    {
        if (MayStore(turnContext))
        {
            Profile(turnContext).CountryCode = countryCode;
        }
        else
        {
            Conversation(turnContext).CountryCode = countryCode;
        }
    }

    public void SetTimeZone(ITurnContext turnContext, string? timeZoneId)
    {
        if (MayStore(turnContext))
        {
            Profile(turnContext).TimeZoneId = timeZoneId;
        }
        else
        {
            Conversation(turnContext).TimeZoneId = timeZoneId;
        }
    }
}
