using System.Text.Json.Nodes;

namespace TrustBot.Dialogs.Cards;

/// <summary>
/// In turn state while an <c>Action.Execute</c> is handled: the card to show in place of the pressed one,
/// which becomes the invoke response. Set by the prompt that took (or turned away) the answer.
/// </summary>
public sealed class CardActionTurn
{
    public JsonObject? RefreshedCard { get; set; }
}
