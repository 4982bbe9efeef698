using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Engine;

/// <summary>A typed property of a <see cref="BotState"/>; the object handed out is tracked and saved at turn end.</summary>
public sealed class StatePropertyAccessor<T>
    where T : class, new()
{
    private readonly BotState _state;

    internal StatePropertyAccessor(BotState state, string name)
    {
        _state = state;
        Name = name;
    }

    public string Name { get; }

    /// <summary>The property for this turn, created empty when it does not exist yet.</summary>
    public T Get(ITurnContext turnContext) => _state.GetProperty<T>(turnContext, Name);

    public void Set(ITurnContext turnContext, T value) => _state.SetProperty(turnContext, Name, value);
}
